// 版记 (GB/T 9704 §7.4): 抄送 and 印发机关 + 印发日期 in 4号仿宋 between rules — thick above the first and below
// the last line, thin between — at the bottom of the last page.
// It is a table floating at the bottom of the 版心 (tblpPr: margin, bottom), so Word, WPS and LibreOffice put it
// there however much text the last page holds, and the text wraps above it. LibreOffice drops a floating table
// that ends the document, so an empty paragraph follows it (../shared/tools/gbt9704/README.md).
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  OverlapType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx'
import {
  imprintRule,
  linePitch,
  margins,
  siChar,
  textHeight,
  textWidth as textAreaWidth,
  typeSize,
} from './gbt9704'
import { onPitch } from './line-spacing'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'
import { textWidth } from '../../core/text-width'

export interface ImprintOptions {
  /** 抄送机关 without the label and the closing 。 */
  readonly copyTo: string | null
  readonly printedBy: string | null
  readonly printedDateText: string | null
}

const COPY_LABEL = '抄送：'
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const
const rule = (size: number): { style: typeof BorderStyle.SINGLE; size: number; color: string } => ({
  style: BorderStyle.SINGLE,
  size,
  color: '000000',
})

function line(
  text: string,
  fonts: OfficialFonts,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
  indent: object,
): OfficialParagraph {
  return new OfficialParagraph({
    alignment,
    spacing: onPitch(0),
    indent,
    children: [officialRun(text, { font: fonts.body, size: typeSize.si })],
  })
}

function cell(children: OfficialParagraph[], width: number, columnSpan = 1): TableCell {
  return new TableCell({
    children,
    columnSpan,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  })
}

/** As wide as the 版心: the rules run from margin to margin (§7.4.1). */
const IMPRINT_WIDTH = textAreaWidth

/** 4号 characters on a 抄送 line between its 1-字 insets. */
const COPY_CHARS_PER_LINE = Math.floor(textAreaWidth / siChar) - 2

function copyText(copyTo: string): string {
  return `${COPY_LABEL}${copyTo.replace(/[。.]\s*$/u, '')}。`
}

/** Line count of each 版记 row: 抄送 (wrapping after its label), then 印发. */
export function imprintRowLines(options: ImprintOptions): number[] {
  const rows: number[] = []
  if (options.copyTo !== null) {
    const label = textWidth(COPY_LABEL)
    rows.push(
      1 +
        Math.max(
          0,
          Math.ceil(
            (textWidth(copyText(options.copyTo)) - COPY_CHARS_PER_LINE) / (COPY_CHARS_PER_LINE - label),
          ),
        ),
    )
  }
  if (options.printedBy !== null) rows.push(1)
  return rows
}

/** The 版记 table and the paragraph that anchors it; nothing when the report names neither 抄送 nor 印发机关. */
export function imprint(options: ImprintOptions, fonts: OfficialFonts): (Table | OfficialParagraph)[] {
  const half = Math.floor(IMPRINT_WIDTH / 2)
  const lines = imprintRowLines(options)
  const height = lines.reduce((sum, n) => sum + n * linePitch, 0)
  const rowHeight = (index: number): { value: number; rule: typeof HeightRule.EXACT } => ({
    value: (lines[index] ?? 1) * linePitch,
    rule: HeightRule.EXACT,
  })
  const rows: TableRow[] = []
  if (options.copyTo !== null) {
    // §7.4.2: 左右各空一字, 回行时与冒号后的首字对齐, ends with 。
    const labelWidth = textWidth(COPY_LABEL) * siChar
    rows.push(
      new TableRow({
        height: rowHeight(rows.length),
        children: [
          cell(
            [
              line(copyText(options.copyTo), fonts, AlignmentType.LEFT, {
                left: siChar + labelWidth,
                hanging: labelWidth,
                right: siChar,
              }),
            ],
            IMPRINT_WIDTH,
            2,
          ),
        ],
      }),
    )
  }
  if (options.printedBy !== null) {
    // §7.4.3: 印发机关 左空一字, 印发日期 右空一字, followed by 印发.
    const date = options.printedDateText === null ? '印发' : `${options.printedDateText}印发`
    rows.push(
      new TableRow({
        height: rowHeight(rows.length),
        children: [
          cell([line(options.printedBy, fonts, AlignmentType.LEFT, { left: siChar })], half),
          cell([line(date, fonts, AlignmentType.RIGHT, { right: siChar })], IMPRINT_WIDTH - half),
        ],
      }),
    )
  }
  if (rows.length === 0) return []
  const table = new Table({
    width: { size: IMPRINT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, IMPRINT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: {
      top: rule(imprintRule.thick),
      bottom: rule(imprintRule.thick),
      insideHorizontal: rule(imprintRule.thin),
      left: none,
      right: none,
      insideVertical: none,
    },
    // LibreOffice 7.4 keeps a floating table floating only if text could fit beside it; a table as wide as the 版心,
    // anchored to the margin, is turned back into an in-line one and lands under the last paragraph. Measured
    // from the page edge the same table leaves room beside it (writerfilter FloatingTableConversion), so it is
    // placed horizontally from the page at the left margin. Vertically: an absolute offset from the top of the 版心
    // with exact row heights (tblpYSpec="bottom" is not honoured there either) puts the last rule on its bottom.
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: margins.left,
      verticalAnchor: TableAnchorType.MARGIN,
      absoluteVerticalPosition: textHeight - height,
      topFromText: linePitch,
      overlap: OverlapType.NEVER,
    },
    rows,
  })
  // A hairline paragraph: it must exist, and must not itself need a line of its own on a full page.
  const anchor = new OfficialParagraph({ spacing: onPitch(0, 20), children: [] })
  return [table, anchor]
}
