// 主送机关 and 正文 (GB/T 9704 §7.3.2–7.3.3): 3号仿宋 justified with a 2-字 first-line indent, exact 28.95 pt
// lines; headings numbered from their position, 一、黑体 / （一）楷体 / 1. and （1） 仿宋, all 3号, black, upright.
// 正文 paragraphs and headings take all of that from their styles (styles.ts); their runs name only the face.
// Written as XML text a block at a time (bodyXml), each block's components made, written and dropped, and never
// gathered into one array: 150,000 paragraphs held as docx trees took more memory than a 32-bit renderer has.
// A working draft (DraftMarks) adds what takes no room on the page: the figures carried over from last year
// highlighted, and comments anchored on the headings and paragraphs they belong beside.
import { AlignmentType, type IContext, type Paragraph } from 'docx'
import type { Block, HeadingLevel, Part, Report, Run } from '../../core/report'
import { bodyTableXml } from './body-table'
import { withComments } from './comment-anchor'
import { bodyTracking, looseTracking, stretchTracking, tightTracking, typeSize } from './gbt9704'
import { HeadingCounter, numberedHeading } from '../../core/heading-number'
import type { CommentAnchor } from './last-year-comments'
import { onPitch } from './line-spacing'
import type { OfficialFont, OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun, sharedRun } from './official-run'
import { brokenRuns, segments, textRuns } from './body-runs'
import { numberedLine, runInHeading } from './run-in-heading'
import { runInNeedsWidowControl, runInSpans } from '../layout/run-in-keep'
import { lastBodyBlock } from './signature-keep'
import { StyledParagraph } from './styled-paragraph'
import { bodyStyleId, headingStyleIds } from './styles'
import { xmlableToString } from './xmlable-to-string'

function headingFont(level: HeadingLevel, fonts: OfficialFonts): OfficialFont {
  if (level === 1) return fonts.heading1
  if (level === 2) return fonts.heading2
  return fonts.body
}

/**
 * How the page plan (page-plan.ts) has a body paragraph set: kept with the 署名; set loose to fill its page or tight
 * to make room for the 版记, by the tracking its runs take instead of the 正文's.
 */
interface ParagraphPlan {
  readonly keepNext: boolean
  /** Characters at its end printed after a page break, on the 署名's page (signature-carry.ts). */
  readonly carriedChars?: number
  readonly tracking?: number
  /** Highlights the runs marked stale (a working draft). */
  readonly highlight?: boolean
}

const asPlanned: ParagraphPlan = { keepNext: false }

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
  { keepNext, carriedChars = 0, tracking, highlight = false }: ParagraphPlan = asPlanned,
): Paragraph {
  const inline = runInHeading(runs, counter)
  const parts =
    inline === null
      ? segments(runs, fonts.body, true, highlight)
      : [
          // 黑体 and 楷体 headings are never bold; a 1. heading may be (gbt9704-layout.md)
          ...segments(inline.heading, headingFont(inline.level, fonts), inline.level > 2, highlight),
          ...segments(inline.rest, fonts.body, true, highlight),
        ]
  const children = carriedChars > 0 ? brokenRuns(parts, carriedChars, tracking) : textRuns(parts, tracking)
  // a paragraph that is nothing but its heading sentence is a heading: it keeps with its text like one, and so
  // does a list's 1. line, read as a heading whatever its lead names (run-in-heading.ts `numberedLine`)
  const keeps = inline ?? numberedLine(runs)
  const headingOnly = keeps !== null && keeps.rest.length === 0
  return new StyledParagraph(bodyStyleId, children, {
    keepNext: keepNext || headingOnly,
    widowControl: keeps !== null && runInNeedsWidowControl(keeps, runInSpans(keeps, fonts)),
  })
}

function heading(
  level: HeadingLevel,
  text: string,
  counter: HeadingCounter,
  fonts: OfficialFonts,
): Paragraph {
  return new StyledParagraph(headingStyleIds[level], [
    sharedRun(numberedHeading(counter.next(level), text), { font: headingFont(level, fonts) }),
  ])
}

/** A paragraph as the XML text the body is streamed as (pack-docx.ts). */
export function paragraphXml(paragraph: Paragraph, context: IContext): string {
  const prepared = paragraph.prepForXml(context)
  if (prepared === undefined) throw new Error('docx wrote no paragraph')
  return xmlableToString(prepared)
}

/**
 * What the page plan asks of the 正文 (page-plan.ts): which paragraphs it sets loose or tight, whether the last one
 * keeps with the 署名.
 */
export interface BodyPlan {
  readonly keepLastWithSignature: boolean
  /** Characters of the last 正文 paragraph printed after a page break, on the 署名's page (signature-carry.ts). */
  readonly carriedChars?: number
  /** Counted from the first 正文 paragraph: a heading, a paragraph, a list item and a table count one each. */
  readonly loosened: ReadonlySet<number>
  readonly stretched: ReadonlySet<number>
  readonly tightened: ReadonlySet<number>
}

/** What a working draft adds to the 正文 (report-to-docx.ts, `draftMarks`); the official text has none of it. */
export interface DraftMarks {
  /** Comment ids by the part heading or block they are anchored on (last-year-comments.ts). */
  readonly anchors: ReadonlyMap<CommentAnchor, readonly number[]>
  /** Comment ids written on an empty paragraph after the body, for want of a paragraph to anchor them on. */
  readonly unanchored: readonly number[]
}

/** Writes the 正文 block by block, counting its paragraphs as the page plan does. */
class BodyWriter {
  private ordinal = 0
  private readonly counter = new HeadingCounter()
  private readonly last: Block | null

  public constructor(
    private readonly fonts: OfficialFonts,
    private readonly context: IContext,
    private readonly plan: BodyPlan,
    report: Report,
    private readonly marks: DraftMarks | null,
  ) {
    this.last = plan.keepLastWithSignature || (plan.carriedChars ?? 0) > 0 ? lastBodyBlock(report) : null
  }

  /** The next paragraph's place in the plan; `keepNext` where the block ends the 正文 and keeps with the 署名. */
  private next(keepNext: boolean): ParagraphPlan {
    const ordinal = this.ordinal++
    const highlight = this.marks !== null
    if (this.plan.loosened.has(ordinal)) return { keepNext, tracking: looseTracking, highlight }
    if (this.plan.stretched.has(ordinal)) return { keepNext, tracking: stretchTracking, highlight }
    if (this.plan.tightened.has(ordinal)) return { keepNext, tracking: tightTracking, highlight }
    return { keepNext, highlight }
  }

  /** The paragraph with the comments anchored on `anchor`, if any. */
  private anchored(xml: string, anchor: CommentAnchor): string {
    const ids = this.marks?.anchors.get(anchor)
    return ids === undefined ? xml : withComments(xml, ids)
  }

  public partHeading(part: Part): string {
    return part.heading === null ? '' : this.anchored(this.heading(1, part.heading), part)
  }

  private heading(level: HeadingLevel, text: string): string {
    this.ordinal++
    return paragraphXml(heading(level, text, this.counter, this.fonts), this.context)
  }

  public *block(item: Block): Generator<string> {
    const last = item === this.last
    const keepNext = last && this.plan.keepLastWithSignature
    switch (item.kind) {
      case 'heading':
        yield this.anchored(this.heading(item.level, item.text), item)
        return
      case 'paragraph': {
        const plan = this.next(keepNext)
        const carried = last ? (this.plan.carriedChars ?? 0) : 0
        yield this.anchored(this.paragraph(item.runs, this.counter, { ...plan, carriedChars: carried }), item)
        return
      }
      case 'table':
        this.ordinal++
        yield* bodyTableXml(
          item.rows,
          item.header,
          this.fonts,
          this.context,
          keepNext,
          this.marks === null ? undefined : item.cellRuns,
        )
        return
      case 'list':
        // Official text has no bullets; a numbered list keeps the numbers the writer gave it, outside the headings' count.
        for (const [index, text] of item.items.entries()) {
          const number = item.ordered ? `${String(index + 1)}.` : ''
          const marked = this.marks === null ? undefined : item.itemRuns?.[index]
          const runs =
            marked === undefined
              ? [{ text: `${number}${text}` }]
              : [...(number === '' ? [] : [{ text: number }]), ...marked]
          const xml = this.paragraph(runs, undefined, this.next(keepNext && index === item.items.length - 1))
          yield index === 0 ? this.anchored(xml, item) : xml
        }
    }
  }

  /** The comments with no paragraph of the body to anchor on, on an empty 正文 paragraph of their own. */
  public *unanchored(): Generator<string> {
    const ids = this.marks?.unanchored ?? []
    if (ids.length > 0)
      yield withComments(paragraphXml(new StyledParagraph(bodyStyleId, []), this.context), ids)
  }

  private paragraph(runs: readonly Run[], counter: HeadingCounter | undefined, plan: ParagraphPlan): string {
    return paragraphXml(bodyParagraph(runs, this.fonts, counter, plan), this.context)
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
 * The 正文 as XML text, a block (or a table row) at a time: the preamble, then each part under its numbered heading,
 * with the paragraphs the page plan sets loose or tight or keeps with the 署名 (page-plan.ts).
 */
export function* bodyXml(
  report: Report,
  fonts: OfficialFonts,
  context: IContext,
  plan: BodyPlan = {
    keepLastWithSignature: false,
    loosened: new Set(),
    stretched: new Set(),
    tightened: new Set(),
  },
  marks: DraftMarks | null = null,
): Generator<string> {
  const writer = new BodyWriter(fonts, context, plan, report, marks)
  for (const item of report.preamble) yield* writer.block(item)
  for (const section of report.parts) {
    if (section.heading !== null) yield writer.partHeading(section)
    for (const item of section.blocks) yield* writer.block(item)
  }
  yield* writer.unanchored()
}
