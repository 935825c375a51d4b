// What a page lacks, for the page fill (page-fill.ts) and the 版记's room (imprint-room.ts): the empty lines a keep
// left at its foot, and where the 署名 opens the next page, the lines of 正文 carried over above it.
import type { Pagination, PageStart } from './paginate'
import { PITCH } from './flow-metrics'

const EPSILON = 0.01

/** The 正文's paragraphs in the flow, [start, end), then the 署名 block if there is one. */
export interface BodyRange {
  readonly start: number
  readonly end: number
  readonly signature: boolean
  /** Whether the 版记 fits under text that ends this far down the last page (imprint-block.ts `imprintFits`). */
  readonly lastPageFits: (used: number) => boolean
}

/** Where a pagination starts: a page and the paragraph line at its top. */
export interface Window {
  readonly page: number
  readonly start: PageStart
}

/**
 * What a page lacks, from a pagination of `window` on: empty lines at its foot, and where the 署名 starts on the
 * next page, the lines of 正文 carried over above it (a table's rows among them).
 */
export interface Shortfall {
  readonly empty: number
  readonly carried: number | null
}

export function shortfall(part: Pagination, page: number, height: number, body: BodyRange): Shortfall {
  let used = 0
  let carried = 0
  let signatureNext = false
  for (const line of part.lines) {
    if (line.page === page) used = Math.max(used, line.top + line.line.height)
    else if (line.page !== page + 1 || signatureNext) continue
    else if (line.paragraph >= body.end) signatureNext = true
    else carried++
  }
  const empty = Math.floor((height - used + EPSILON) / PITCH)
  return { empty, carried: body.signature && signatureNext ? carried : null }
}

/**
 * Lines the page needs: the empty ones, and as many as carry `target` lines of 正文 over to a 署名 on the next page.
 * Two where they can be had: the preview's line breaks of text with figures are LibreOffice's within a line, and a
 * second line keeps the 署名 from opening a page if LibreOffice sets one line fewer above it.
 */
export const cost = (need: Shortfall, target: number): number =>
  need.empty + (need.carried === null ? 0 : Math.max(0, target - need.carried))

/** Whether the 署名 (paragraph `signature`) has a line of 正文 above it on its page. */
export function signatureHasText(part: Pagination, signature: number): boolean {
  const first = part.lines.findIndex((line) => line.paragraph === signature)
  return first > 0 && part.lines[first - 1]!.page === part.lines[first]!.page
}

/**
 * Whether the flow ends on `page`, the 署名 there with 正文 above it, and room left for the 版记: the page is the last,
 * short as it may be.
 */
export function endsOn(part: Pagination, page: number, body: BodyRange): boolean {
  if (part.lines.some((line) => line.page > page) || !body.lastPageFits(part.lastPageUsed)) return false
  return !body.signature || signatureHasText(part, body.end)
}
