// 附件说明 (GB/T 9704 §7.3.4), written between the 正文 and the 署名 (report-to-docx.ts) as the print preview lays
// it out (layout/flow-report.ts): one blank line above it, each name a paragraph in the 正文's face and tracking,
// 附件：1． from the 正文's 2-字 indent, 2．3． under 1．, and a name's wrapped lines under its own first character
// (a hanging indent as wide as what stands in front of the name). Flush left, not justified: a justified first line
// spreads its characters and moves the name off the lines under it. Each line keeps with the next, so the note
// stays with the 署名 under it.
import { AlignmentType, type Paragraph } from 'docx'
import type { AttachmentNoteLine } from '../../core/attachment-note'
import { advance } from '../layout/glyph-metrics'
import { bodyFirstLineIndent, bodyTracking, typeSize } from './gbt9704'
import { onPitch } from './line-spacing'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'

/** The label the lines after the first stand under. */
const LABEL = '附件：'

/** Width of `text` in the 正文's face and tracking, in twips, as the layout measures it (break-lines.ts). */
function bodyWidth(text: string): number {
  return Math.round([...text].reduce((sum, char) => sum + advance(char, typeSize.san) * 20 + bodyTracking, 0))
}

/** The line's left indent (where its name starts) and the hanging indent of its first line back to its number. */
export function noteIndent(line: AttachmentNoteLine): { readonly left: number; readonly hanging: number } {
  const hanging = bodyWidth(`${line.label}${line.number}`)
  const under = line.label === '' ? bodyWidth(LABEL) : 0
  return { left: bodyFirstLineIndent.firstLine + under + hanging, hanging }
}

/** The note's paragraphs; the last keeps with the next only where a 署名 or date follows. */
export function attachmentNote(
  lines: readonly AttachmentNoteLine[],
  fonts: OfficialFonts,
  keepLast: boolean,
): Paragraph[] {
  return lines.map(
    (line, index) =>
      new OfficialParagraph({
        alignment: AlignmentType.LEFT,
        keepNext: keepLast || index < lines.length - 1,
        spacing: onPitch(index === 0 ? 1 : 0),
        indent: noteIndent(line),
        children: [
          officialRun(`${line.label}${line.number}${line.name}`, {
            font: fonts.body,
            size: typeSize.san,
            tracking: bodyTracking,
          }),
        ],
      }),
  )
}
