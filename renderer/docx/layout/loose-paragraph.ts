// A 正文 paragraph set loose to fill a page (page-fill.ts): tracked by gbt9704.ts `looseTracking`, 27 characters a
// line. Where its text mixes Chinese with digits or Latin letters, its line count rests on the gap LibreOffice's
// autospace leaves between them, which break-lines.ts only approximates, and more loosely at this tracking: over
// sixty paragraphs dense with figures, LibreOffice's breaks fit gaps of 0.16–0.22 em, the 正文's 0.28 em missing
// a line in four. So the paragraph is only offered where every gap from 0.16 to 0.28 em gives it the same lines:
// a fill that LibreOffice might not print is no fill.
import { breakLines } from './break-lines'
import type { FlowParagraph } from './flow-line'
import { BODY_FORMAT } from './flow-metrics'
import { LOOSE_TRACKING_PT, type ParagraphFormat, paragraphLines } from './paragraph-lines'
import type { PrintSpan } from './print-layout'

export const LOOSE_FORMAT: ParagraphFormat = { ...BODY_FORMAT, tracking: LOOSE_TRACKING_PT, autospace: 0.2 }

/** The autospace gaps, in em, LibreOffice's breaks of a loose paragraph were measured between. */
const AUTOSPACE_BAND = [0.16, 0.28] as const

/** The paragraph of `spans` set loose, or null where LibreOffice's line count for it is not certain. */
export function looseParagraph(spans: readonly PrintSpan[]): FlowParagraph | null {
  const lines = paragraphLines(spans, LOOSE_FORMAT)
  const text = spans.map((span) => span.text).join('')
  const certain = AUTOSPACE_BAND.every(
    (autospace) =>
      breakLines(text, {
        size: LOOSE_FORMAT.size,
        tracking: LOOSE_FORMAT.tracking,
        firstWidth: LOOSE_FORMAT.width - LOOSE_FORMAT.firstLine,
        width: LOOSE_FORMAT.width,
        autospace,
      }).length === lines.length,
  )
  return certain ? { before: 0, lines } : null
}
