// 主送机关 and 正文 (GB/T 9704 §7.3.2–7.3.3): 3号仿宋 justified with a 2-字 first-line indent, exact 28.95 pt
// lines; headings numbered from their position, 一、黑体 / （一）楷体 / 1. and （1） 仿宋, all 3号, black, upright.
import { AlignmentType, HeadingLevel as DocxHeadingLevel, type Table, type TextRun } from 'docx'
import type { Block, HeadingLevel, Part, Report, Run } from '../../core/report'
import { bodyTable } from './body-table'
import { bodyTracking, sanChar, typeSize } from './gbt9704'
import { HeadingCounter } from '../../core/heading-number'
import { onPitch } from './line-spacing'
import type { OfficialFont, OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'
import { runInHeading } from './run-in-heading'

/** 2 字 as Word shows it (`firstLineChars`) and in twips for readers that ignore character units. */
const FIRST_LINE_INDENT = { firstLine: 2 * sanChar, firstLineChars: 200 } as const

/** Heading paragraphs use Heading 1–4 (redefined in styles.ts) so Word's navigation pane lists them. */
const HEADING_STYLE = {
  1: DocxHeadingLevel.HEADING_1,
  2: DocxHeadingLevel.HEADING_2,
  3: DocxHeadingLevel.HEADING_3,
  4: DocxHeadingLevel.HEADING_4,
} as const

function headingFont(level: HeadingLevel, fonts: OfficialFonts): OfficialFont {
  if (level === 1) return fonts.heading1
  if (level === 2) return fonts.heading2
  return fonts.body
}

function textRuns(runs: readonly Run[], font: OfficialFont, keepBold: boolean): TextRun[] {
  return runs.map((run) =>
    officialRun(run.text, {
      font,
      size: typeSize.san,
      bold: keepBold && run.bold === true,
      tracking: bodyTracking,
    }),
  )
}

/** A body paragraph; one that opens with its own heading sets that sentence in the heading's face. */
function bodyParagraph(runs: readonly Run[], fonts: OfficialFonts): OfficialParagraph {
  const inline = runInHeading(runs)
  const children =
    inline === null
      ? textRuns(runs, fonts.body, true)
      : [
          // 黑体 and 楷体 headings are never bold; a 1. heading may be (gbt9704-layout.md)
          ...textRuns(inline.heading, headingFont(inline.level, fonts), inline.level > 2),
          ...textRuns(inline.rest, fonts.body, true),
        ]
  return new OfficialParagraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: onPitch(0),
    indent: FIRST_LINE_INDENT,
    children,
  })
}

function heading(
  level: HeadingLevel,
  text: string,
  counter: HeadingCounter,
  fonts: OfficialFonts,
): OfficialParagraph {
  return new OfficialParagraph({
    heading: HEADING_STYLE[level],
    alignment: AlignmentType.JUSTIFIED,
    spacing: onPitch(0),
    indent: FIRST_LINE_INDENT,
    children: [
      officialRun(`${counter.next(level)}${text}`, {
        font: headingFont(level, fonts),
        size: typeSize.san,
        tracking: bodyTracking,
      }),
    ],
  })
}

function block(item: Block, counter: HeadingCounter, fonts: OfficialFonts): (OfficialParagraph | Table)[] {
  switch (item.kind) {
    case 'heading':
      return [heading(item.level, item.text, counter, fonts)]
    case 'paragraph':
      return [bodyParagraph(item.runs, fonts)]
    case 'table':
      return [bodyTable(item.rows, item.header, fonts)]
    case 'list':
      // Official text has no bullets; a numbered list keeps the numbers the writer gave it.
      return item.items.map((text, index) =>
        bodyParagraph([{ text: item.ordered ? `${String(index + 1)}.${text}` : text }], fonts),
      )
  }
}

function part(section: Part, counter: HeadingCounter, fonts: OfficialFonts): (OfficialParagraph | Table)[] {
  const head = section.heading === null ? [] : [heading(1, section.heading, counter, fonts)]
  return [...head, ...section.blocks.flatMap((item) => block(item, counter, fonts))]
}

/** 主送机关 (§7.3.2): one blank line below the title, flush left, closed by a full-width colon. */
export function recipientsLine(
  recipients: string,
  fonts: OfficialFonts,
  afterTitle: boolean,
): OfficialParagraph {
  return new OfficialParagraph({
    alignment: AlignmentType.LEFT,
    spacing: onPitch(afterTitle ? 1 : 0),
    children: [
      officialRun(`${recipients.replace(/[：:]\s*$/u, '')}：`, {
        font: fonts.body,
        size: typeSize.san,
        tracking: bodyTracking,
      }),
    ],
  })
}

/** The 正文: the preamble, then each part under its numbered heading. */
export function body(report: Report, fonts: OfficialFonts): (OfficialParagraph | Table)[] {
  const counter = new HeadingCounter()
  return [
    ...report.preamble.flatMap((item) => block(item, counter, fonts)),
    ...report.parts.flatMap((section) => part(section, counter, fonts)),
  ]
}
