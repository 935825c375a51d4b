// A 正文 paragraph set loose to fill a page (page-fill.ts): tracked by gbt9704.ts `looseTracking`, 27 characters a
// line. Only one of Chinese characters and full-width marks: where digits or Latin letters are mixed in, its lines
// rest on LibreOffice's autospace and on the Latin glyphs of whichever face sets them, which break-lines.ts fits at
// the 正文's tracking only; loose, LibreOffice set such paragraphs a character a line fuller than predicted, and a
// fill that LibreOffice might not print is no fill.
import type { FlowParagraph } from './flow-line'
import { BODY_FORMAT } from './flow-metrics'
import { isWestern } from './glyph-metrics'
import { LOOSE_TRACKING_PT, type ParagraphFormat, paragraphLines } from './paragraph-lines'
import type { PrintSpan } from './print-layout'

const LOOSE_FORMAT: ParagraphFormat = { ...BODY_FORMAT, tracking: LOOSE_TRACKING_PT }

/** The paragraph of `spans` set loose, or null where LibreOffice's lines for it are not certain. */
export function looseParagraph(spans: readonly PrintSpan[]): FlowParagraph | null {
  for (const span of spans) for (const char of span.text) if (isWestern(char)) return null
  return { before: 0, lines: paragraphLines(spans, LOOSE_FORMAT) }
}
