// GB/T 9704 puts the 版记 at the foot of the last page; where the text leaves too little room there, it takes a page
// of its own (page-plan.ts), a page of two lines after one the text left short. A clerk's remedy, §7.4's 调整字距
// the other way from page-fill.ts: 正文 paragraphs on the last page, or on the page before it, are set tight (29
// characters a line, `tightened`) so that each takes a line less, and the 版记 fits under the text. All or nothing:
// where the room cannot be made, nothing is tightened and the 版记 takes its page. The page before stays as full as
// it was (a line pulled up from the last page takes the place a tightened paragraph frees), and a 署名 keeps 正文
// above it.
import type { FlowParagraph } from './flow-line'
import { type BodyRange, signatureHasText } from './page-shortfall'
import { candidates } from './retrack'
import { type Pagination, paginate } from './paginate'

const EPSILON = 0.01

/** Height used on `page`, down to the bottom of its last line. */
function used(part: Pagination, page: number): number {
  let bottom = 0
  for (const line of part.lines)
    if (line.page === page) bottom = Math.max(bottom, line.top + line.line.height)
  return bottom
}

/**
 * Sets paragraphs of `flow` tight until `fits(lastPageUsed)`, or none; returns their indexes. Those the page fill
 * set loose or tight already are not tried again (page-fill.ts `candidates`).
 */
export function makeImprintRoom(
  flow: FlowParagraph[],
  height: number,
  body: BodyRange,
  fits: (lastPageUsed: number) => boolean,
): Set<number> {
  const whole = paginate(flow, height)
  const tightened = new Set<number>()
  if (fits(whole.lastPageUsed)) return tightened
  const last = whole.pageCount - 1
  const first = Math.max(0, last - 1)
  const window = { page: first, start: whole.pageStarts[first]!, through: Number.POSITIVE_INFINITY }
  const before = { pages: whole.pageCount, used: used(whole, first) }
  const pages = last === first ? [last] : [last, first]
  const originals = new Map<number, FlowParagraph>()
  let current = whole
  const tries = pages.flatMap((page) =>
    candidates(flow, whole, page, body, 'tight', Number.POSITIVE_INFINITY),
  )
  for (const { index, retracked } of tries) {
    const original = flow[index]!
    flow[index] = retracked
    const trial = paginate(flow, height, window)
    const better =
      trial.pageCount < current.pageCount ||
      (trial.pageCount === current.pageCount && trial.lastPageUsed < current.lastPageUsed - EPSILON)
    const firstStaysFull = trial.pageCount < before.pages || used(trial, first) >= before.used - EPSILON
    const signed = !body.signature || signatureHasText(trial, body.end)
    if (better && firstStaysFull && signed) {
      originals.set(index, original)
      current = trial
      if (fits(current.lastPageUsed)) {
        for (const kept of originals.keys()) tightened.add(kept)
        return tightened
      }
    } else flow[index] = original
  }
  for (const [index, original] of originals) flow[index] = original
  return tightened
}
