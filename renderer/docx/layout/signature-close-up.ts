// GB/T 9704 §7.3.5.4's 调整行距 (export/closed-up-signature.ts) in the flow: where the 署名 block would open a page
// with no 正文 above it, and the page fill found no 调整字距 that keeps it with the 正文 (page-fill.ts), the block
// set closer may still fit under the 正文's last line. Tried before the last lines of 正文 are carried over to it
// (signature-carry.ts), which leaves the page they come from short. And where the 版记 does not fit under the 署名
// (imprint-room.ts found no 调整字距 for it either), the block set closer may give it the line it lacks. Where the
// block set closer is still a line too many, one 正文 paragraph of the page set tight may take that line. Not for a
// sealed report, whose seal needs the room it has, nor under a 附件说明 (the block there is the note's, with its
// own blank line).
import { CLOSED_UP_GAP, closedUpLine } from '../export/closed-up-signature'
import type { FlowParagraph } from './flow-line'
import { shiftItem } from './flow-line'
import { FILL_HEIGHT, PITCH } from './flow-metrics'
import type { BodyRange } from './page-shortfall'
import { type Pagination, paginate } from './paginate'
import { TIGHT_TRACKING_PT } from './paragraph-lines'
import { readsAtGrid } from './plain-lines'
import { candidates } from './retrack'
import { signatureOpensPage } from './signature-carry'

export interface ClosedUpSignature {
  readonly flow: FlowParagraph[]
  /** The block's exact twips a line, for the .docx to write the same. */
  readonly line: number
  /** The 正文 paragraph set tight with it, where the block was a line too many even closed up; else none. */
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
  const opens = signatureOpensPage(part, body.end, body.endsWithTable)
  // the 版记 that takes a page of its own leaves the 署名's page a line of text short of a full one
  if (!opens && body.lastPageFits(part.lastPageUsed)) return null
  const lines = flow.slice(signatureStart).reduce((sum, paragraph) => sum + paragraph.lines.length, 0)
  const line = closedUpLine(lines)
  if (line === null) return null
  const trial = closedUp(flow, signatureStart, line)
  const closed = paginate(trial, FILL_HEIGHT)
  if (signatureOpensPage(closed, body.end, body.endsWithTable))
    return opens ? withOneTightened(trial, closed, body, line) : null
  // a 署名 kept with its 正文 fills the page whether the 版记 then fits or not; closed up for the 版记, it must
  if (!opens && !body.lastPageFits(closed.lastPageUsed)) return null
  return { flow: trial, line, tightened: [], pagination: closed }
}

/**
 * Both of §7.3.5.4's remedies at once, 行距 and 字距: the closed-up block still a line too many for the page of the
 * 正文's last line, one 正文 paragraph on that page set tight (29 characters a line, a line less) may bring it
 * there. The nearest the foot that does it; none where none does.
 */
function withOneTightened(
  trial: readonly FlowParagraph[],
  closed: Pagination,
  body: BodyRange,
  line: number,
): ClosedUpSignature | null {
  const signatureLine = closed.lines.find((placed) => placed.paragraph === body.end)
  if (signatureLine === undefined || signatureLine.page === 0) return null
  for (const { index, retracked } of candidates(trial, closed, signatureLine.page - 1, body, 'tight')) {
    const tightened = trial.map((paragraph, at) => (at === index ? retracked : paragraph))
    // a short report of few full lines would read as set at 29 (plain-lines.ts)
    if (!readsAtGrid(tightened, body, TIGHT_TRACKING_PT)) continue
    const pagination = paginate(tightened, FILL_HEIGHT)
    if (!signatureOpensPage(pagination, body.end, body.endsWithTable))
      return { flow: tightened, line, tightened: [index], pagination }
  }
  return null
}
