// 主送机关 and 正文 (GB/T 9704 §7.3.2–7.3.3): 3号仿宋 justified with a 2-字 first-line indent, exact 28.95 pt
// lines; headings numbered from their position, 一、黑体 / （一）楷体 / 1. and （1） 仿宋, all 3号, black, upright.
// 正文 paragraphs and headings take all of that from their styles (styles.ts); their runs name only the face.
import { AlignmentType, type Paragraph, type Table } from 'docx'
import type { Block, HeadingLevel, Part, Report, Run } from '../../core/report'
import { bodyTable } from './body-table'
import { bodyTracking, typeSize } from './gbt9704'
import { HeadingCounter } from '../../core/heading-number'
import { onPitch } from './line-spacing'
import type { OfficialFont, OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun, type SharedRun, sharedRun } from './official-run'
import { runInHeading } from './run-in-heading'
import { StyledParagraph } from './styled-paragraph'
import { bodyStyleId, headingStyleIds } from './styles'

function headingFont(level: HeadingLevel, fonts: OfficialFonts): OfficialFont {
  if (level === 1) return fonts.heading1
  if (level === 2) return fonts.heading2
  return fonts.body
}

/** A stretch of text in one face and weight. */
interface Segment {
  readonly text: string
  readonly font: OfficialFont
  readonly bold: boolean
}

function segments(runs: readonly Run[], font: OfficialFont, keepBold: boolean): Segment[] {
  return runs.map((run) => ({ text: run.text, font, bold: keepBold && run.bold === true }))
}

/**
 * One run per stretch of equal face and weight: the report splits its runs where Word doesn't need it to (a figure
 * marked stale by rollover, a run-in heading's number), and every run is written with its font when packing.
 */
function textRuns(parts: readonly Segment[]): SharedRun[] {
  const merged: Segment[] = []
  for (const part of parts) {
    const last = merged[merged.length - 1]
    if (last !== undefined && last.font.name === part.font.name && last.bold === part.bold) {
      merged[merged.length - 1] = { ...last, text: last.text + part.text }
    } else merged.push(part)
  }
  return merged.map((part) => sharedRun(part.text, { font: part.font, bold: part.bold }))
}

/** A body paragraph; one that opens with its own heading sets that sentence in the heading's face. */
function bodyParagraph(runs: readonly Run[], fonts: OfficialFonts): Paragraph {
  const inline = runInHeading(runs)
  const children =
    inline === null
      ? textRuns(segments(runs, fonts.body, true))
      : textRuns([
          // 黑体 and 楷体 headings are never bold; a 1. heading may be (gbt9704-layout.md)
          ...segments(inline.heading, headingFont(inline.level, fonts), inline.level > 2),
          ...segments(inline.rest, fonts.body, true),
        ])
  return new StyledParagraph(bodyStyleId, children)
}

function heading(
  level: HeadingLevel,
  text: string,
  counter: HeadingCounter,
  fonts: OfficialFonts,
): Paragraph {
  return new StyledParagraph(headingStyleIds[level], [
    sharedRun(`${counter.next(level)}${text}`, { font: headingFont(level, fonts) }),
  ])
}

function block(item: Block, counter: HeadingCounter, fonts: OfficialFonts): (Paragraph | Table)[] {
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

function part(section: Part, counter: HeadingCounter, fonts: OfficialFonts): (Paragraph | Table)[] {
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
export function body(report: Report, fonts: OfficialFonts): (Paragraph | Table)[] {
  const counter = new HeadingCounter()
  return [
    ...report.preamble.flatMap((item) => block(item, counter, fonts)),
    ...report.parts.flatMap((section) => part(section, counter, fonts)),
  ]
}
