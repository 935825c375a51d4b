// GB/T 9704 §7.3.5: the page that holds the 署名 holds 正文 too. Where the page fill (page-fill.ts) leaves the 署名
// opening a page with no 正文 above it, and the block set closer does not fit under the 正文 either
// (signature-close-up.ts), the last 正文 lines go over with it. A keep on the last paragraph would do
// that in Word, which moves the paragraph's last line; LibreOffice moves a kept paragraph whole, and the page it
// leaves stays blank below — a long last paragraph and its heading took ten lines with them. So a last paragraph of
// three lines or more is broken instead, by a page break before its last two lines, a hard break that no reader
// moves: the page before loses two lines, not the paragraph (LibreOffice prints the break where the preview has it;
// where Word sets the paragraph's lines otherwise, the break falls inside a line, and the 署名 still has 正文 above
// it). A shorter paragraph, a list item or a table keeps with the 署名 as before (signature-keep.ts), where the two
// then share a page.
import type { Block } from '../../core/report'
import { FILL_HEIGHT } from './flow-metrics'
import type { FlowParagraph } from './flow-line'
import { signatureHasText } from './page-shortfall'
import { type Pagination, paginate } from './paginate'

/** Lines carried over: two, so that the 署名's page does not open on a lone line. */
const CARRIED_LINES = 2

export interface SignatureCarry {
  readonly flow: FlowParagraph[]
  /** The last 正文 block keeps with the 署名; the .docx writes the same keep. */
  readonly keepLastWithSignature: boolean
  /** Characters at the end of the last 正文 paragraph printed after a page break, on the 署名's page; 0 for none. */
  readonly carriedChars: number
}

/**
 * Whether the signature block, starting at paragraph `signature`, opens a page of `part` with no 正文 above it. The last
 * rows of a table ending the 正文, run on to the 署名's page under its repeated header, are 正文 there: kept with the
 * 署名, the table went over whole and left the page before short (a third of it, under a table of long cells), or
 * a page to the 署名 alone where the two were more than a page.
 */
export function signatureOpensPage(part: Pagination, signature: number): boolean {
  // a 署名 that starts the flow, or a flow without one, has no page to open
  return (
    part.lines.findIndex((line) => line.paragraph === signature) > 0 && !signatureHasText(part, signature)
  )
}

/** The last paragraph with a page break before its last lines, or null where it cannot be broken so. */
function broken(paragraph: FlowParagraph): { paragraph: FlowParagraph; chars: number } | null {
  const { lines } = paragraph
  // a run-in heading with its widow control, or a heading sentence alone, keeps as a heading does
  if (paragraph.keepNext === true || paragraph.widowControl === true) return null
  if (lines.length <= CARRIED_LINES) return null
  const carried = lines.slice(-CARRIED_LINES)
  if (carried.some((line) => line.chars === undefined)) return null
  const chars = carried.reduce((sum, line) => sum + line.chars!, 0)
  return { paragraph: { ...paragraph, breakBefore: lines.length - CARRIED_LINES }, chars }
}

/**
 * The flow with the last 正文 lines carried over to a 署名 that would open a page: a page break in the last
 * paragraph, or a keep (`keepNext`) on the last block. `pages`: the pagination of `source` where the caller has it.
 */
export function carryToSignature(
  source: FlowParagraph[],
  body: {
    readonly start: number
    readonly end: number
    readonly signature: boolean
    readonly lastBlock: Block | null
  },
  pages: () => Pagination = () => paginate(source, FILL_HEIGHT),
): SignatureCarry {
  const { start, end, lastBlock } = body
  const none = { flow: source, keepLastWithSignature: false, carriedChars: 0 }
  if (end <= start || !body.signature || lastBlock === null) return none
  if (!signatureOpensPage(pages(), end)) return none
  const last = source[end - 1]!
  const split = lastBlock.kind === 'paragraph' ? broken(last) : null
  if (split !== null) {
    const flow = [...source]
    flow[end - 1] = split.paragraph
    if (signatureHasText(paginate(flow, FILL_HEIGHT), end))
      return { flow, keepLastWithSignature: false, carriedChars: split.chars }
  }
  const flow = [...source]
  flow[end - 1] = { ...last, keepNext: true }
  // a table too long to share a page with the 署名 would move over whole only to push the 署名 onto a page of its
  // own: it runs on as it falls instead, its last rows above the 署名
  if (!signatureHasText(paginate(flow, FILL_HEIGHT), end)) return none
  return { flow, keepLastWithSignature: true, carriedChars: 0 }
}
