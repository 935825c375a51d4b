// A 正文 paragraph set at another tracking, §7.4's 调整字距: loose (gbt9704.ts `looseTracking`, 27 characters a line)
// to fill a page a keep left short (page-fill.ts), stretched (`stretchTracking`, 26) for the one paragraph a page
// may have so where loose ones cannot fill it, tight (`tightTracking`, 29) to make room for the 版记 on the last
// page (imprint-room.ts). break-lines.ts follows LibreOffice to within a twip or two, the rounding of a Latin word's
// width; a line that ends that close to the measure may come out a character fuller or emptier in LibreOffice, and
// a remedy LibreOffice might not print is no remedy. So a paragraph is retracked only where no line ends closer to
// the measure than that.
import type { LineBox } from './break-lines'
import type { FlowParagraph } from './flow-line'
import { BODY_FORMAT } from './flow-metrics'
import {
  formatBoxes,
  LOOSE_TRACKING_PT,
  type ParagraphFormat,
  paragraphLines,
  STRETCH_TRACKING_PT,
  TIGHT_TRACKING_PT,
} from './paragraph-lines'
import type { PrintSpan } from './print-layout'

/** A run of figures or Latin letters: LibreOffice rounds each one's width by up to a twip (line-widths.test.ts). */
const WESTERN_RUN = /[0-9A-Za-z][0-9A-Za-z.,%]*/gu

/** Whether LibreOffice breaks every line where the preview does: none ends closer to the measure than it rounds. */
function certain(text: string, boxes: readonly LineBox[]): boolean {
  const chars = [...text]
  return boxes.every((box) => {
    const runs = chars.slice(box.start, box.end).join('').match(WESTERN_RUN)?.length ?? 0
    return box.margin > (runs + 1) / 20
  })
}

function tracked(spans: readonly PrintSpan[], tracking: number): FlowParagraph | null {
  const format: ParagraphFormat = { ...BODY_FORMAT, tracking }
  const text = spans.map((span) => span.text).join('')
  const boxes = formatBoxes(spans, format)
  if (!certain(text, boxes)) return null
  return { before: 0, lines: paragraphLines(spans, format, boxes) }
}

/** The paragraph of `spans` set loose, or null where LibreOffice's lines for it are not certain. */
export const looseParagraph = (spans: readonly PrintSpan[]): FlowParagraph | null =>
  tracked(spans, LOOSE_TRACKING_PT)

/** The paragraph of `spans` stretched, or null where LibreOffice's lines for it are not certain. */
export const stretchedParagraph = (spans: readonly PrintSpan[]): FlowParagraph | null =>
  tracked(spans, STRETCH_TRACKING_PT)

/** The paragraph of `spans` set tight, or null where LibreOffice's lines for it are not certain. */
export const tightParagraph = (spans: readonly PrintSpan[]): FlowParagraph | null =>
  tracked(spans, TIGHT_TRACKING_PT)
