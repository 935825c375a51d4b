// A reader takes a page's characters a line from its lines of plain Chinese text that run the full measure: not a
// paragraph's first line (indented) nor its last (short), nor a line with figures or Latin letters (narrower, and
// spaced apart by LibreOffice). Page-fill.ts stretches a paragraph to 26 characters a line only where the report
// keeps more such lines at the grid's 28 than the stretched paragraph has: else the report reads as set at 26.
import type { FlowParagraph } from './flow-line'
import { AREA_WIDTH } from './flow-metrics'
import { isWestern } from './glyph-metrics'

const EPSILON = 0.01
/** A line with more than this share of Western characters is not plain Chinese text. */
const WESTERN_SHARE = 0.1

/** Counted once a paragraph and tracking: the page fill asks again for every page it stretches a paragraph on. */
const counted = new WeakMap<FlowParagraph, Map<number, number>>()

/** Lines of `paragraph` set at `tracking` (points) by which a reader counts the characters a line. */
export function plainLines(paragraph: FlowParagraph, tracking: number): number {
  const known = counted.get(paragraph) ?? new Map<number, number>()
  counted.set(paragraph, known)
  const count = known.get(tracking) ?? countPlainLines(paragraph, tracking)
  known.set(tracking, count)
  return count
}

function countPlainLines(paragraph: FlowParagraph, tracking: number): number {
  let count = 0
  for (const line of paragraph.lines.slice(1, -1)) {
    const [item, ...more] = line.items
    if (item?.kind !== 'line' || more.length > 0 || Math.abs(item.tracking - tracking) > EPSILON) continue
    if (Math.abs(item.left) > EPSILON || Math.abs(item.width - AREA_WIDTH) > EPSILON) continue
    const chars = [...item.spans.map((span) => span.text).join('')].filter((char) => char.trim() !== '')
    if (chars.length === 0) continue
    const western = chars.filter(isWestern).length
    if (western <= WESTERN_SHARE * chars.length) count++
  }
  return count
}
