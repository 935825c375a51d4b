// 主送机关 and 正文 (GB/T 9704 §7.3.2–7.3.3): 3号仿宋 justified with a 2-字 first-line indent, exact 28.95 pt
// lines; headings numbered from their position, 一、黑体 / （一）楷体 / 1. and （1） 仿宋, all 3号, black, upright.
// 正文 paragraphs and headings take all of that from their styles (styles.ts); their runs name only the face.
// Written as XML text a block at a time (bodyXml), each block's components made, written and dropped, and never
// gathered into one array: 150,000 paragraphs held as docx trees took more memory than a 32-bit renderer has.
import { AlignmentType, type IContext, type Paragraph } from 'docx'
import type { Block, HeadingLevel, Report, Run } from '../../core/report'
import { bodyTableXml } from './body-table'
import { bodyTracking, typeSize } from './gbt9704'
import { HeadingCounter } from '../../core/heading-number'
import { onPitch } from './line-spacing'
import type { OfficialFont, OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun, type SharedRun, sharedRun } from './official-run'
import { runInHeading } from './run-in-heading'
import { runInNeedsWidowControl } from '../layout/run-in-keep'
import { lastBodyBlock } from './signature-keep'
import { StyledParagraph } from './styled-paragraph'
import { bodyStyleId, headingStyleIds } from './styles'
import { xmlableToString } from './xmlable-to-string'

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

/**
 * A body paragraph; one that opens with its own heading sets that sentence in the heading's face and, given the
 * heading counter, takes its number from its place among the headings of its level; where the sentence fills its
 * first line, it keeps two lines on each side of a page break (run-in-keep.ts), so it never ends a page without its
 * text.
 */
function bodyParagraph(
  runs: readonly Run[],
  fonts: OfficialFonts,
  counter?: HeadingCounter,
  keepNext = false,
): Paragraph {
  const inline = runInHeading(runs, counter)
  const children =
    inline === null
      ? textRuns(segments(runs, fonts.body, true))
      : textRuns([
          // 黑体 and 楷体 headings are never bold; a 1. heading may be (gbt9704-layout.md)
          ...segments(inline.heading, headingFont(inline.level, fonts), inline.level > 2),
          ...segments(inline.rest, fonts.body, true),
        ])
  // a paragraph that is nothing but its heading sentence is a heading: it keeps with its text like one
  const headingOnly = inline !== null && inline.rest.length === 0
  return new StyledParagraph(bodyStyleId, children, {
    keepNext: keepNext || headingOnly,
    widowControl: inline !== null && runInNeedsWidowControl(inline),
  })
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

function paragraphXml(paragraph: Paragraph, context: IContext): string {
  const prepared = paragraph.prepForXml(context)
  if (prepared === undefined) throw new Error('docx wrote no paragraph')
  return xmlableToString(prepared)
}

function* blockXml(
  item: Block,
  counter: HeadingCounter,
  fonts: OfficialFonts,
  context: IContext,
  keepNext: boolean,
): Generator<string> {
  switch (item.kind) {
    case 'heading':
      yield paragraphXml(heading(item.level, item.text, counter, fonts), context)
      return
    case 'paragraph':
      yield paragraphXml(bodyParagraph(item.runs, fonts, counter, keepNext), context)
      return
    case 'table':
      yield* bodyTableXml(item.rows, item.header, fonts, context, keepNext)
      return
    case 'list':
      // Official text has no bullets; a numbered list keeps the numbers the writer gave it, outside the headings' count.
      for (const [index, text] of item.items.entries())
        yield paragraphXml(
          bodyParagraph(
            [{ text: item.ordered ? `${String(index + 1)}.${text}` : text }],
            fonts,
            undefined,
            keepNext && index === item.items.length - 1,
          ),
          context,
        )
  }
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

/**
 * The 正文 as XML text, a block (or a table row) at a time: the preamble, then each part under its numbered heading.
 * With `keepLastWithSignature` the last paragraph keeps with the 署名 below it (signature-keep.ts).
 */
export function* bodyXml(
  report: Report,
  fonts: OfficialFonts,
  context: IContext,
  keepLastWithSignature = false,
): Generator<string> {
  const counter = new HeadingCounter()
  const last = keepLastWithSignature ? lastBodyBlock(report) : null
  for (const item of report.preamble) yield* blockXml(item, counter, fonts, context, item === last)
  for (const section of report.parts) {
    if (section.heading !== null) yield paragraphXml(heading(1, section.heading, counter, fonts), context)
    for (const item of section.blocks) yield* blockXml(item, counter, fonts, context, item === last)
  }
}
