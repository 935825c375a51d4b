// Every finding that points at a place quotes it. Rules that match a phrase quote the phrase themselves;
// for the others the quote comes from the paragraph (or title) at the finding's line: around the text its
// one-click correction changes, or the paragraph's opening words.
import type { Segment } from './check-context'
import { quoteEvidence } from './evidence'
import type { Finding } from './finding'

function quoteSegment(finding: Finding, segment: Segment): string {
  const fix = finding.fix
  if (fix?.kind === 'replace') {
    for (const { find } of fix.replacements) {
      const at = segment.raw.indexOf(find)
      if (at >= 0) return quoteEvidence(segment.raw, at, at + find.length)
    }
  }
  return quoteEvidence(segment.raw)
}

export function attachEvidence(findings: readonly Finding[], segments: readonly Segment[]): Finding[] {
  const byLine = new Map<number, Segment[]>()
  for (const segment of segments) {
    if (segment.line === null) continue
    byLine.set(segment.line, [...(byLine.get(segment.line) ?? []), segment])
  }
  return findings.map((finding) => {
    if (finding.evidence !== undefined || finding.line === null) return finding
    const candidates = byLine.get(finding.line) ?? []
    const segment =
      candidates.find((candidate) => candidate.partId === finding.part && candidate.raw.trim() !== '') ??
      candidates.find((candidate) => candidate.raw.trim() !== '')
    if (segment === undefined) return finding
    const evidence = quoteSegment(finding, segment)
    return evidence === '' ? finding : { ...finding, evidence }
  })
}
