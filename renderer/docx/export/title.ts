// 标题 (GB/T 9704 §7.3.1): 2号小标宋, centred, 2 blank lines below the red rule; a long title breaks at
// meaning boundaries (title-lines.ts). One paragraph with line breaks, so it stays one title when edited.
import { AlignmentType, type TextRun } from 'docx'
import { typeSize } from './gbt9704'
import { onPitch } from './line-spacing'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'
import { titleLines } from './title-lines'

/** The title's lines in 2号小标宋, each after a line break but the first. */
export function titleRuns(text: string, fonts: OfficialFonts): TextRun[] {
  return titleLines(text).map((line, index) =>
    officialRun(line, { font: fonts.title, size: typeSize.er, lineBreakBefore: index > 0 }),
  )
}

export function title(text: string, fonts: OfficialFonts, afterMasthead: boolean): OfficialParagraph {
  return new OfficialParagraph({
    alignment: AlignmentType.CENTER,
    spacing: onPitch(afterMasthead ? 2 : 0),
    children: titleRuns(text, fonts),
  })
}
