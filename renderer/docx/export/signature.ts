// 署名, 成文日期 and 附注 (GB/T 9704 §7.3.5, §7.3.7). Gaps and indents are in 字 of 3号 (320 twips).
//  - without a seal (§7.3.5.2): 署名 右空二字, the date on the next line starting 2 字 right of the 署名's first
//    character; a date longer than that allows is set 右空二字 and the 署名 moves left to keep the 2 字 offset.
//  - sealed (§7.3.5.1): date 右空四字, each 署名 centred over the date.
//  - several issuing bodies: one 署名 line each, the lead body first, sharing one right edge.
// Without a seal the lines are set from the left, the date exactly 2 字 further in than the 署名: right-aligned, the
// date would start wherever its width puts it, and the digits of 2024年12月31日 are half a 字 in 仿宋_GB2312 but
// 0.64 字 and a gap on each side where LibreOffice or WPS set them in a stand-in face (on a machine without the
// font), which moved the date's first character by about 2 字. The right gaps are reckoned with 仿宋_GB2312's
// widths (text-width.ts), so in Word and WPS with the font both the offset and the 右空二字 hold; elsewhere the offset
// holds and a date of many digits ends about 2 字 further right. A 署名 alone, and the sealed layout, stay
// right-aligned.
import { AlignmentType } from 'docx'
import { bodyFirstLineIndent, linePitch, sanChar, textWidth as textAreaTwips, typeSize } from './gbt9704'
import { CLOSED_UP_GAP, closedUpSpacing } from './closed-up-signature'
import { type LineSpacing, onPitch } from './line-spacing'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'
import { textWidth } from '../../core/text-width'

/** The 版心 width in 字 (27.64: 156 mm is a little less than 28 字 of 16 pt). */
const AREA = textAreaTwips / sanChar

/**
 * How far a line set from the left may run past the 版心's right edge instead of wrapping, in 字: LibreOffice
 * reckons a date 右空二字 by 仿宋_GB2312's widths up to 2.6 字 wider in its stand-in face (8 digits of 0.64 字
 * instead of 0.5, 5 gaps of 0.28 字, break-lines.ts), and a wrapped date would put 日 on a line of its own.
 */
export const SIGNATURE_RUN_ON = 3

export interface SignatureLine {
  /** Left-aligned, `indent` 字 from the 版心's left edge; or right-aligned, `indent` 字 from its right edge. */
  readonly edge: 'left' | 'right'
  readonly indent: number
}

export interface SignatureLayout {
  /** One line per 署名. */
  readonly issuers: readonly SignatureLine[]
  /** The date's line; null without a date. */
  readonly date: SignatureLine | null
}

const fromRight = (indent: number): SignatureLine => ({ edge: 'right', indent })
const fromLeft = (indent: number): SignatureLine => ({ edge: 'left', indent })

export function signatureLayout(
  issuers: readonly string[],
  dateText: string | null,
  sealed: boolean,
): SignatureLayout {
  const widths = issuers.map(textWidth)
  if (dateText === null) return { issuers: widths.map(() => fromRight(2)), date: null }
  const dateWidth = textWidth(dateText)
  if (sealed) {
    const gaps = widths.map((width) => Math.max(0, 4 + (dateWidth - width) / 2))
    return { issuers: gaps.map(fromRight), date: fromRight(4) }
  }
  const last = widths[widths.length - 1]
  if (last === undefined) return { issuers: [], date: fromRight(2) }
  // 署名 右空二字 unless the date, 2 字 further in, would then come closer than 2 字 to the right edge
  const gap = Math.max(2, dateWidth + 4 - last)
  // a 署名 too long for its gap starts at the left edge (and wraps), the date still 2 字 in from it
  const start = (width: number): number => Math.max(0, AREA - gap - width)
  return { issuers: widths.map((width) => fromLeft(start(width))), date: fromLeft(start(last) + 2) }
}

function signatureLine(
  text: string,
  line: SignatureLine,
  fonts: OfficialFonts,
  spacing: LineSpacing,
  keepNext: boolean,
): OfficialParagraph {
  const twips = Math.round(line.indent * sanChar)
  return new OfficialParagraph({
    alignment: line.edge === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT,
    keepNext,
    spacing,
    indent: line.edge === 'left' ? { left: twips, right: -SIGNATURE_RUN_ON * sanChar } : { right: twips },
    children: [officialRun(text, { font: fonts.body, size: typeSize.san })],
  })
}

export interface SignatureOptions {
  readonly issuers: readonly string[]
  readonly dateText: string | null
  readonly notes: readonly string[]
  readonly sealed: boolean
  /** Exact twips a line where the block is closed up to stay with the 正文 (closed-up-signature.ts); null for none. */
  readonly closedUpLine: number | null
  /**
   * The blank line above the 署名 written as an empty paragraph, not as space above it: under a table that ends the
   * 正文. A reader finds the 署名 by walking up from the date to the first empty paragraph, as a clerk sees it on
   * paper; with space above, the walk runs on into the table's last cells ("2件") and takes them for 署名 lines.
   */
  readonly blankParagraph: boolean
}

/**
 * 署名 one blank line below the 正文, the date under it, then the 附注 居左空二字 on the next line; each keeps with
 * the next but the last, so the block never splits over two pages (signature-keep.ts).
 */
export function signature(options: SignatureOptions, fonts: OfficialFonts): OfficialParagraph[] {
  const layout = signatureLayout(options.issuers, options.dateText, options.sealed)
  const hasDate = options.dateText !== null && layout.date !== null
  const count = options.issuers.length + (hasDate ? 1 : 0) + options.notes.length
  const keepNext = (index: number): boolean => index < count - 1
  // the blank line above the block's first paragraph, on the pitch or closed up with the block
  const above = (index: number): boolean => index === 0 && !options.blankParagraph
  const spacing = (index: number): LineSpacing =>
    options.closedUpLine === null
      ? onPitch(above(index) ? 1 : 0)
      : closedUpSpacing(options.closedUpLine, above(index))
  const out = options.issuers.map((issuer, index) =>
    signatureLine(issuer, layout.issuers[index] ?? fromRight(2), fonts, spacing(index), keepNext(index)),
  )
  if (options.dateText !== null && layout.date !== null) {
    out.push(signatureLine(options.dateText, layout.date, fonts, spacing(out.length), keepNext(out.length)))
  }
  for (const note of options.notes) {
    out.push(
      new OfficialParagraph({
        alignment: AlignmentType.LEFT,
        keepNext: keepNext(out.length),
        spacing: options.closedUpLine === null ? onPitch(0) : closedUpSpacing(options.closedUpLine, false),
        indent: bodyFirstLineIndent,
        children: [officialRun(note, { font: fonts.body, size: typeSize.san })],
      }),
    )
  }
  return options.blankParagraph && count > 0 ? [blankLine(options.closedUpLine), ...out] : out
}

/** The blank line above the 署名 as an empty paragraph of its height, kept with the 署名. */
function blankLine(closedUpLine: number | null): OfficialParagraph {
  return new OfficialParagraph({
    keepNext: true,
    spacing: onPitch(0, closedUpLine === null ? linePitch : CLOSED_UP_GAP),
    children: [],
  })
}
