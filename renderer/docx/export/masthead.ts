// 版头 (GB/T 9704 §7.2): the red 发文机关标志, the 发文字号 (with 签发人 on the same line in a 上行文)
// and the full-width red separator below them.
import {
  AlignmentType,
  BorderStyle,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  type TextRun,
  Tab,
  TabStopType,
  VerticalAlign,
  WidthType,
} from 'docx'
import {
  docNumberRuleGap,
  linePitch,
  markTopOffset,
  officialRed,
  ptToTwips,
  redRuleWidth,
  sanChar,
  textWidth as textAreaWidth,
  typeSize,
} from './gbt9704'
import { onPitch } from './line-spacing'
import type { OfficialMeta } from './official-meta'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'
import { textWidth } from './text-width'

/** §7.2.2 leaves the size to the office; 初号 (42 pt) unless the longest line needs smaller to fit the 版心. */
const MARK_MAX_PT = 42
const MARK_SUFFIX = '文件'

export function markSize(lines: readonly string[], reserved = 0): number {
  const widest = Math.max(1, ...lines.map((line) => textWidth(line) + reserved))
  return Math.min(MARK_MAX_PT, Math.floor(textAreaWidth / 20 / widest))
}

function markParagraph(text: string, size: number, fonts: OfficialFonts, first: boolean): OfficialParagraph {
  return new OfficialParagraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...onPitch(0, ptToTwips(size * 1.2)), before: first ? markTopOffset : 0 },
    children: [officialRun(text, { font: fonts.mark, size, color: officialRed })],
  })
}

/**
 * Joint documents (§7.2.2): one line per issuing body, and 文件 once, to the right, centred on all of them.
 * A borderless two-column table gives that in Word, WPS and LibreOffice alike.
 */
function jointMark(names: readonly string[], fonts: OfficialFonts): Table {
  const size = markSize(names, textWidth(MARK_SUFFIX))
  const suffixWidth = ptToTwips(size * (textWidth(MARK_SUFFIX) + 0.5))
  const namesWidth = textAreaWidth - suffixWidth
  const cell = (children: OfficialParagraph[], width: number): TableCell =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    })
  return new Table({
    width: { size: textAreaWidth, type: WidthType.DXA },
    columnWidths: [namesWidth, suffixWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            names.map((name) => markParagraph(name, size, fonts, false)),
            namesWidth,
          ),
          cell([markParagraph(MARK_SUFFIX, size, fonts, false)], suffixWidth),
        ],
      }),
    ],
  })
}

/** The mark's paragraphs, or a table for several bodies sharing one 文件. */
function mark(lines: readonly string[], fonts: OfficialFonts): (OfficialParagraph | Table)[] {
  const last = lines[lines.length - 1] ?? ''
  if (lines.length > 1 && last.endsWith(MARK_SUFFIX) && last.length > MARK_SUFFIX.length) {
    const names = [...lines.slice(0, -1), last.slice(0, -MARK_SUFFIX.length)]
    // the table cannot carry the 35 mm offset itself; an empty paragraph of that height does
    return [
      new OfficialParagraph({ spacing: onPitch(0, markTopOffset), children: [] }),
      jointMark(names, fonts),
    ]
  }
  const size = markSize(lines)
  return lines.map((line, index) => markParagraph(line, size, fonts, index === 0))
}

/**
 * §7.2.4: 文号 1 字 in from the left, 签发人 1 字 in from the right, on one line. One paragraph with a right tab
 * stop (tab stops count from the margin, not from the indent); the name in 楷体, the label in 仿宋.
 */
function docNumberLine(
  docNumber: string,
  signer: string | null,
  fonts: OfficialFonts,
  hasMark: boolean,
): OfficialParagraph {
  const run = (text: string, font = fonts.body): TextRun => officialRun(text, { font, size: typeSize.san })
  const spacing = onPitch(hasMark ? 2 : 0)
  if (signer === null) {
    return new OfficialParagraph({ alignment: AlignmentType.CENTER, spacing, children: [run(docNumber)] })
  }
  return new OfficialParagraph({
    alignment: AlignmentType.LEFT,
    spacing,
    indent: { left: sanChar },
    tabStops: [{ type: TabStopType.RIGHT, position: textAreaWidth - sanChar }],
    children: [
      run(docNumber),
      officialRun([new Tab()], { font: fonts.body, size: typeSize.san }),
      run('签发人：'),
      run(signer, fonts.signerName),
    ],
  })
}

/**
 * The red rule (§7.2.5), 4 mm below the 发文字号: the bottom border of an empty paragraph whose height makes up
 * what the 28.95 pt line leaves under the 16 pt characters, so the rule spans the whole 版心 and no indent.
 */
function redRule(): OfficialParagraph {
  const underGlyphs = Math.round((linePitch - sanChar) / 2)
  return new OfficialParagraph({
    spacing: onPitch(0, Math.max(20, docNumberRuleGap - underGlyphs)),
    border: { bottom: { style: BorderStyle.SINGLE, size: redRuleWidth, color: officialRed, space: 0 } },
    children: [],
  })
}

/** Nothing when the report has neither 发文机关标志 nor 发文字号: a plain report then starts with its title. */
export function masthead(meta: OfficialMeta, fonts: OfficialFonts): (OfficialParagraph | Table)[] {
  if (meta.markLines.length === 0 && meta.docNumber === null) return []
  const out: (OfficialParagraph | Table)[] = mark(meta.markLines, fonts)
  if (meta.docNumber !== null)
    out.push(docNumberLine(meta.docNumber, meta.signer, fonts, meta.markLines.length > 0))
  out.push(redRule())
  return out
}
