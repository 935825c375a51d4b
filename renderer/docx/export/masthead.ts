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
  redRuleWidth,
  sanChar,
  textWidth as textAreaWidth,
  typeSize,
} from './gbt9704'
import { onPitch } from './line-spacing'
import { type JointColumns, MARK_SUFFIX, type MarkPlan, markPlan } from './mark-plan'
import type { OfficialMeta } from './official-meta'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'

/** The mark's font size in points (the height of each of its lines is 1.2 times it); see mark-plan.ts. */
export function markSize(lines: readonly string[]): number {
  return markPlan(lines).size
}

function markParagraph(
  text: string,
  plan: MarkPlan,
  fonts: OfficialFonts,
  first: boolean,
): OfficialParagraph {
  return new OfficialParagraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...onPitch(0, plan.lineHeight), before: first ? markTopOffset : 0 },
    children: [
      officialRun(text, { font: fonts.mark, size: plan.size, color: officialRed, scale: plan.scale }),
    ],
  })
}

/**
 * Joint documents (§7.2.2): one line per issuing body, and 文件 once, to their right, centred on all of them.
 * A borderless two-column table gives that in Word, WPS and LibreOffice alike; it is as wide as its content and
 * centred, so names and 文件 stand together in the middle of the 版心.
 */
function jointMark(plan: MarkPlan, columns: JointColumns, fonts: OfficialFonts): Table {
  const cell = (children: OfficialParagraph[], width: number): TableCell =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    })
  return new Table({
    width: { size: columns.names + columns.suffix, type: WidthType.DXA },
    columnWidths: [columns.names, columns.suffix],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            plan.lines.map((name) => markParagraph(name, plan, fonts, false)),
            columns.names,
          ),
          cell([markParagraph(MARK_SUFFIX, plan, fonts, false)], columns.suffix),
        ],
      }),
    ],
  })
}

/** The mark's paragraphs, or a table for several bodies sharing one 文件. */
function mark(lines: readonly string[], fonts: OfficialFonts): (OfficialParagraph | Table)[] {
  const plan = markPlan(lines)
  if (plan.joint !== null) {
    // the table cannot carry the 35 mm offset itself; an empty paragraph of that height does
    return [
      new OfficialParagraph({ spacing: onPitch(0, markTopOffset), children: [] }),
      jointMark(plan, plan.joint, fonts),
    ]
  }
  return plan.lines.map((line, index) => markParagraph(line, plan, fonts, index === 0))
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
