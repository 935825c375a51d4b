// GB/T 9704 puts the 版记 at the foot of the last page; where the text leaves too little room there, it takes a page
// of its own (page-plan.ts), a page of two lines after one the text left short. A clerk's remedy, §7.4's 调整字距
// the other way from page-fill.ts: 正文 paragraphs on the last page, or on the page before it, are set tight (29
// characters a line, `tightened`) so that each takes a line less, and the 版记 fits under the text. All or nothing:
// where the room cannot be made, nothing is tightened and the 版记 takes its page. The page before stays as full as
// it was (a line pulled up from the last page takes the place a tightened paragraph frees), and a 署名 keeps 正文
// above it.
import type { FlowParagraph } from './flow-line'
import type { BodyRange } from './page-fill'
import { type Pagination, paginate } from './paginate'

const EPSILON = 0.01

interface Candidate {
  readonly index: number
  readonly tight: FlowParagraph
}

/** Height used on `page`, down to the bottom of its last line. */
function used(part: Pagination, page: number): number {
  let bottom = 0
  for (const line of part.lines)
    if (line.page === page) bottom = Math.max(bottom, line.top + line.line.height)
  return bottom
}

/** Whether the 署名 (paragraph `signature`) has a line of 正文 above it on its page. */
function signatureHasText(part: Pagination, signature: number): boolean {
  const first = part.lines.findIndex((line) => line.paragraph === signature)
  if (first < 0) return true
  return first > 0 && part.lines[first - 1]!.page === part.lines[first]!.page
}

/** 正文 paragraphs starting on `pages`, the last page's nearest its foot first, which tight take a line less. */
function candidates(
  flow: readonly FlowParagraph[],
  part: Pagination,
  pages: readonly number[],
  body: BodyRange,
  skip: ReadonlySet<number>,
): Candidate[] {
  const out: Candidate[] = []
  for (const page of pages) {
    const starting = part.lines
      .filter((line) => line.page === page && line.index === 0)
      .map((line) => line.paragraph)
      .sort((a, b) => b - a)
    for (const index of starting) {
      if (index < body.start || index >= body.end || skip.has(index)) continue
      const paragraph = flow[index]!
      const tight = paragraph.tightened?.() ?? null
      if (tight !== null && tight.lines.length < paragraph.lines.length) out.push({ index, tight })
    }
  }
  return out
}

/**
 * Sets paragraphs of `flow` tight until `fits(lastPageUsed)`, or none; returns their indexes. `skip`: paragraphs
 * already set loose by the page fill.
 */
export function makeImprintRoom(
  flow: FlowParagraph[],
  height: number,
  body: BodyRange,
  fits: (lastPageUsed: number) => boolean,
  skip: ReadonlySet<number>,
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
  for (const { index, tight } of candidates(flow, whole, pages, body, skip)) {
    const original = flow[index]!
    flow[index] = tight
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
