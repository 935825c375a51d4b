// The export numbers headings and run-in items by their position (一、二、三、, （一）（二）…, restarting under each
// parent), so a number the writer skipped or repeated — 一、二、四、, （一）（二）（一） — comes out corrected. The writer
// should know: the printed report then differs from their draft, and a cross-reference to （三） may now mean （二）.
// Only numbers whose value changes are named; (一) printed as （一） is not a renumbering.
import type { Segment } from '../check-context'
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import { repeatedFinding, type Place } from '../repeated-findings'
import { replaceFix, replacementInContext } from '../replace-fix'
import type { Rule } from '../rule'
import { writtenNumberValue } from '../../written-number'

interface Renumbered {
  readonly written: string
  readonly position: string
}

/** A heading's number is not in its text; a run-in item's is, and one click writes the position number there. */
function placeOf(segment: Segment, { written, position }: Renumbered): Place {
  if (segment.kind !== 'text') return { segment, evidence: quoteEvidence(`${written}${segment.raw}`) }
  const start = segment.raw.indexOf(written)
  return {
    segment,
    evidence: quoteEvidence(segment.raw, start, start + written.length),
    fix: replaceFix(segment, '按顺序改正编号', [
      replacementInContext(segment.raw, start, start + written.length, position),
    ]),
  }
}

export const numberingRenumbered: Rule = {
  id: 'numbering-renumbered',
  name: '序号跳号或重复',
  run: ({ segments }): Finding[] => {
    const changes: Renumbered[] = []
    const places: Place[] = []
    for (const segment of segments) {
      const numbering = segment.numbering
      if (numbering === null) continue
      const written = writtenNumberValue(numbering.written)
      if (written === null || written === writtenNumberValue(numbering.position)) continue
      changes.push(numbering)
      places.push(placeOf(segment, numbering))
    }
    const [first] = changes
    if (first === undefined) return []
    return [
      repeatedFinding({
        rule: 'numbering-renumbered',
        severity: 'warning',
        places,
        message: (count, where) =>
          count === 1
            ? `${where}编号“${first.written}”与前文不连续，导出时编号已顺延为“${first.position}”。`
            : `共${String(count)}处编号与前文不连续（如“${first.written}”导出为“${first.position}”），导出时编号已顺延${where === '' ? '' : `，见${where}`}。`,
      }),
    ]
  },
}
