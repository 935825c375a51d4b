// GB/T 9704 §7.3.5.4's 调整行距 (export/closed-up-signature.ts) in the flow: where the 署名 block would open a page
// with no 正文 above it, and the page fill found no 调整字距 that keeps it with the 正文 (page-fill.ts), the block
// set closer may still fit under the 正文's last line. Tried before the last lines of 正文 are carried over to it
// (signature-carry.ts), which leaves the page they come from short. And where the 版记 does not fit under the 署名
// (imprint-room.ts found no 调整字距 for it either), the block set closer may give it the line it lacks. Where the
// block set closer is still too many lines, or the 版记 still lacks room under it, 正文 paragraphs of that page or
// the two before set tight may give the lines: the remedies together do what neither did alone.
// Not for a sealed report, whose seal needs the room it has, nor under a 附件说明 (the block there is the note's,
// with its own blank line).
import { CLOSED_UP_GAP, closedUpLine } from '../export/closed-up-signature'
import type { FlowParagraph } from './flow-line'
import { shiftItem } from './flow-line'
import { FILL_HEIGHT, PITCH } from './flow-metrics'
import type { BodyRange } from './page-shortfall'
import { type Pagination, paginate } from './paginate'
import { TIGHT_TRACKING_PT } from './paragraph-lines'
import { readsAtGrid } from './plain-lines'
import { type Candidate, candidates } from './retrack'
import { signatureOpensPage } from './signature-carry'

export interface ClosedUpSignature {
  readonly flow: FlowParagraph[]
  /** The block's exact twips a line, for the .docx to write the same. */
  readonly line: number
  /** The 正文 paragraphs set tight with it, where the block was too many lines or the 版记 too tall even closed up. */
  readonly tightened: readonly number[]
  /** The pages of `flow`, for the 署名 carry not to paginate it again. */
  readonly pagination: Pagination
}

/** The block's paragraphs, `flow[start…]`, at `line` twips a line under a half-line gap. */
function closedUp(flow: readonly FlowParagraph[], start: number, line: number): FlowParagraph[] {
  const height = line / 20
  return flow.map((paragraph, index) =>
    index < start
      ? paragraph
      : {
          ...paragraph,
          before: index === start ? CLOSED_UP_GAP / 20 : 0,
          // the text keeps its place above the line's foot, as on the pitch
          lines: paragraph.lines.map((flowLine) => ({
            ...flowLine,
            height,
            items: flowLine.items.map((item) => shiftItem(item, height - PITCH)),
          })),
        },
  )
}

/**
 * The flow with its 署名 block (`flow[signatureStart…]`, the 署名s, the date and the 附注 to its end) closed up where
 * that keeps it on the page of the 正文's last line, or where it brings the 版记 under it onto that page; else null.
 * `pages`: the flow's pagination, shared with the 署名 carry, which asks for it too when this returns null.
 */
export function closeUpSignature(
  flow: readonly FlowParagraph[],
  at: { readonly signatureStart: number; readonly sealed: boolean; readonly body: BodyRange },
  pages: () => Pagination = () => paginate(flow, FILL_HEIGHT),
): ClosedUpSignature | null {
  const { body, signatureStart } = at
  if (at.sealed || !body.signature || signatureStart !== body.end || signatureStart >= flow.length)
    return null
  // one pagination of each flow answers both questions, the 署名's page and the 版记's room
  const part = pages()
  const opens = signatureOpensPage(part, body.end)
  // the 版记 that takes a page of its own leaves the 署名's page a line of text short of a full one
  if (!opens && body.lastPageFits(part.lastPageUsed)) return null
  const lines = flow.slice(signatureStart).reduce((sum, paragraph) => sum + paragraph.lines.length, 0)
  const line = closedUpLine(lines)
  if (line === null) return null
  const trial = closedUp(flow, signatureStart, line)
  const closed = paginate(trial, FILL_HEIGHT)
  const signed = (pagination: Pagination): boolean => !signatureOpensPage(pagination, body.end)
  if (opens)
    return signed(closed)
      ? { flow: trial, line, tightened: [], pagination: closed }
      : withTightened(trial, closed, body, line, signed)
  // closed up for the 版记, it must fit under the block, on the page the block keeps
  const imprinted = (pagination: Pagination): boolean =>
    signed(pagination) &&
    pagination.pageCount === part.pageCount &&
    body.lastPageFits(pagination.lastPageUsed)
  if (imprinted(closed)) return { flow: trial, line, tightened: [], pagination: closed }
  return withTightened(trial, closed, body, line, imprinted)
}

/** Paragraphs set tight for the 署名 at most: each is 调整字距 the reader may notice. */
const MOST_TIGHTENED = 3

/**
 * Both of §7.3.5.4's remedies at once, 行距 and 字距: the closed-up block still a line or more too many for the page
 * of the 正文's last line, or the 版记 still too tall for the room left under it, 正文 paragraphs set tight (29
 * characters a line, a line less each) may make the room (`done`) — on that page, or on one of the two before, whose
 * lines then draw the next page's first lines up. One paragraph where one does it, the nearest the foot; else the
 * fewest, nearest the foot first, up to `MOST_TIGHTENED`; none where none do.
 */
function withTightened(
  trial: readonly FlowParagraph[],
  closed: Pagination,
  body: BodyRange,
  line: number,
  done: (pagination: Pagination) => boolean,
): ClosedUpSignature | null {
  // the 正文's last line is the one before the 署名's first: the flow's lines are in order
  const lastLine = closed.lines[closed.lines.findIndex((placed) => placed.paragraph === body.end) - 1]
  if (lastLine === undefined) return null
  const pages = [lastLine.page, lastLine.page - 1, lastLine.page - 2].filter((page) => page >= 0)
  const all = pages.flatMap((page) => candidates(trial, closed, page, body, 'tight'))
  const attempt = (chosen: readonly Candidate[]): ClosedUpSignature | null => {
    const byIndex = new Map(chosen.map((candidate) => [candidate.index, candidate.retracked]))
    const tightened = trial.map((paragraph, at) => byIndex.get(at) ?? paragraph)
    // a short report of few full lines would read as set at 29 (plain-lines.ts)
    if (!readsAtGrid(tightened, body, TIGHT_TRACKING_PT)) return null
    const pagination = paginate(tightened, FILL_HEIGHT)
    if (!done(pagination)) return null
    return { flow: tightened, line, tightened: [...byIndex.keys()], pagination }
  }
  for (const one of all) {
    const fits = attempt([one])
    if (fits !== null) return fits
  }
  for (let count = 2; count <= Math.min(MOST_TIGHTENED, all.length); count++) {
    const fits = attempt(all.slice(0, count))
    if (fits !== null) return fits
  }
  return null
}
