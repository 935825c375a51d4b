// Last year's report as plain reference data (LastYearReference in report.ts): the text of each
// part for the side-by-side view and the plans of its next-year part for this year's checklist.
import { headingNumber } from '../heading-number'
import { blockText, type Block, type LastYearPart, type LastYearReference, type Report } from '../report'
import { lastYearPlans } from './last-year-plans'

export const NEXT_YEAR_PART = 'next-year'

/** Paragraphs one per line, sub-headings with their numbers as a reader saw them. */
function plainText(blocks: readonly Block[]): string {
  const counts = [0, 0, 0, 0, 0]
  return blocks
    .map((block) => {
      if (block.kind !== 'heading') return blockText(block)
      const count = (counts[block.level] ?? 0) + 1
      counts[block.level] = count
      for (let deeper = block.level + 1; deeper < counts.length; deeper += 1) counts[deeper] = 0
      return `${headingNumber(block.level, count)}${block.text}`
    })
    .join('\n')
}

export function lastYearReference(report: Report): LastYearReference {
  const parts: LastYearPart[] = []
  if (report.preamble.length > 0) parts.push({ id: null, heading: null, text: plainText(report.preamble) })
  for (const part of report.parts)
    parts.push({ id: part.id, heading: part.heading, text: plainText(part.blocks) })
  const nextYear = report.parts.find((part) => part.id === NEXT_YEAR_PART)
  return {
    reportYear: report.meta.reportYear,
    title: report.meta.title,
    plans: nextYear === undefined ? [] : lastYearPlans(nextYear.blocks),
    parts,
  }
}

/** Last year's text of one part of this year's report, for the compare view; null when last year had no such part. */
export function lastYearPartText(report: Report, partId: string | null): LastYearPart | null {
  return report.meta.lastYear?.parts.find((part) => part.id === partId) ?? null
}
