// A reader takes a page's characters a line from its lines of plain Chinese text that run the full measure: not a
// paragraph's first line (indented) nor its last (short), nor a line with figures or Latin letters (narrower, and
// spaced apart by LibreOffice). Page-fill.ts stretches a paragraph to 26 characters a line, and the 署名 close-up
// sets one tight to 29, only where the report keeps more such lines at the grid's 28 than it then has at 26 or 29:
// else the report reads as set at 26 or 29.
import type { FlowParagraph } from './flow-line'
import { AREA_WIDTH, BODY_FORMAT } from './flow-metrics'
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

/** Whether the 正文 (`flow[start…end)`) keeps more plain lines at the grid than set at `tracking`. */
export function readsAtGrid(
  flow: readonly FlowParagraph[],
  body: { readonly start: number; readonly end: number },
  tracking: number,
): boolean {
  let grid = 0
  let other = 0
  for (let index = body.start; index < body.end; index++) {
    grid += plainLines(flow[index]!, BODY_FORMAT.tracking)
    other += plainLines(flow[index]!, tracking)
  }
  return other < grid
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
