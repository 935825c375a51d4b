// 署名, 成文日期 and 附注 (GB/T 9704 §7.3.5, §7.3.7). Gaps are in 字 of 3号 (320 twips), right-aligned with
// a right indent so they hold whatever the character pitch of the renderer.
//  - without a seal (§7.3.5.2): 署名 右空二字, the date on the next line starting 2 字 right of the 署名's first
//    character; a date longer than that allows is set 右空二字 and the 署名 moves left to keep the 2 字 offset.
//  - sealed (§7.3.5.1): date 右空四字, each 署名 centred over the date.
//  - several issuing bodies: one 署名 line each, the lead body first, sharing one right edge.
import { AlignmentType } from 'docx'
import { bodyFirstLineIndent, sanChar, typeSize } from './gbt9704'
import { onPitch } from './line-spacing'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'
import { textWidth } from './text-width'

export interface SignatureLayout {
  /** Right gap of each 署名 line, in 字. */
  readonly issuerGaps: readonly number[]
  /** Right gap of the date, in 字; null without a date. */
  readonly dateGap: number | null
}

export function signatureLayout(
  issuers: readonly string[],
  dateText: string | null,
  sealed: boolean,
): SignatureLayout {
  const widths = issuers.map(textWidth)
  if (dateText === null) return { issuerGaps: widths.map(() => 2), dateGap: null }
  const dateWidth = textWidth(dateText)
  if (sealed) {
    return { issuerGaps: widths.map((width) => Math.max(0, 4 + (dateWidth - width) / 2)), dateGap: 4 }
  }
  const last = widths[widths.length - 1]
  if (last === undefined) return { issuerGaps: [], dateGap: 2 }
  // date start = 署名 start + 2, i.e. dateGap = issuerGap + last − 2 − dateWidth
  const dateGap = 2 + last - 2 - dateWidth
  if (dateGap >= 2) return { issuerGaps: widths.map(() => 2), dateGap }
  const issuerGap = 2 + dateWidth + 2 - last
  return { issuerGaps: widths.map(() => issuerGap), dateGap: 2 }
}

function rightAligned(
  text: string,
  gap: number,
  fonts: OfficialFonts,
  blankLinesBefore: number,
  keepNext: boolean,
): OfficialParagraph {
  return new OfficialParagraph({
    alignment: AlignmentType.RIGHT,
    keepNext,
    spacing: onPitch(blankLinesBefore),
    indent: { right: Math.round(gap * sanChar) },
    children: [officialRun(text, { font: fonts.body, size: typeSize.san })],
  })
}

export interface SignatureOptions {
  readonly issuers: readonly string[]
  readonly dateText: string | null
  readonly notes: readonly string[]
  readonly sealed: boolean
}

/**
 * 署名 one blank line below the 正文, the date under it, then the 附注 居左空二字 on the next line; each keeps with
 * the next but the last, so the block never splits over two pages (signature-keep.ts).
 */
export function signature(options: SignatureOptions, fonts: OfficialFonts): OfficialParagraph[] {
  const layout = signatureLayout(options.issuers, options.dateText, options.sealed)
  const hasDate = options.dateText !== null && layout.dateGap !== null
  const count = options.issuers.length + (hasDate ? 1 : 0) + options.notes.length
  const keepNext = (index: number): boolean => index < count - 1
  const out = options.issuers.map((issuer, index) =>
    rightAligned(issuer, layout.issuerGaps[index] ?? 2, fonts, index === 0 ? 1 : 0, keepNext(index)),
  )
  if (options.dateText !== null && layout.dateGap !== null) {
    out.push(
      rightAligned(options.dateText, layout.dateGap, fonts, out.length === 0 ? 1 : 0, keepNext(out.length)),
    )
  }
  for (const note of options.notes) {
    out.push(
      new OfficialParagraph({
        alignment: AlignmentType.LEFT,
        keepNext: keepNext(out.length),
        spacing: onPitch(0),
        indent: bodyFirstLineIndent,
        children: [officialRun(note, { font: fonts.body, size: typeSize.san })],
      }),
    )
  }
  return out
}
