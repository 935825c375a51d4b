// A 正文 paragraph set loose to fill a page (page-fill.ts): tracked by gbt9704.ts `looseTracking`, 27 characters a
// line. break-lines.ts follows LibreOffice to within a twip or two, the rounding of a Latin word's width; a line
// that ends that close to the measure may come out a character fuller or emptier in LibreOffice, and a fill that
// LibreOffice might not print is no fill. So a paragraph is set loose only where its lines break the same with the
// measure a little narrower and a little wider.
import { breakLines } from './break-lines'
import type { FlowParagraph } from './flow-line'
import { BODY_FORMAT } from './flow-metrics'
import { LOOSE_TRACKING_PT, type ParagraphFormat, paragraphLines } from './paragraph-lines'
import type { PrintSpan } from './print-layout'

const LOOSE_FORMAT: ParagraphFormat = { ...BODY_FORMAT, tracking: LOOSE_TRACKING_PT }

/** How far, in points, the measure may be off without moving a line break of a loose paragraph (4 twips). */
const CERTAIN_WITHIN = 0.2

function breaksAt(text: string, widen: number): string {
  const { size, tracking, width, firstLine } = LOOSE_FORMAT
  return breakLines(text, { size, tracking, firstWidth: width - firstLine + widen, width: width + widen })
    .map((box) => box.end)
    .join(',')
}

/** The paragraph of `spans` set loose, or null where LibreOffice's lines for it are not certain. */
export function looseParagraph(spans: readonly PrintSpan[]): FlowParagraph | null {
  const text = spans.map((span) => span.text).join('')
  if (breaksAt(text, -CERTAIN_WITHIN) !== breaksAt(text, CERTAIN_WITHIN)) return null
  return { before: 0, lines: paragraphLines(spans, LOOSE_FORMAT) }
}
