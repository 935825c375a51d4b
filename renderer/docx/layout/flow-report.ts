// The report's text flow as the .docx export writes it (report-to-docx.ts), paragraph by paragraph with the
// same spacing: 版头, 标题, 主送, 正文 with numbered headings, 署名/日期/附注. Every figure comes from the export
// modules, so the preview and the .docx cannot drift apart; the 版记 is placed by layout-report.ts.
import type { Block, Part, Report, Run } from '../../core/report'
import { sanChar } from '../export/gbt9704'
import { HeadingCounter, numberedHeading } from '../../core/heading-number'
import { printedText } from '../../core/printed-text'
import type { OfficialFonts, FontRole } from '../export/official-fonts'
import type { OfficialMeta } from '../export/official-meta'
import { numberedLine, runInHeading } from '../export/run-in-heading'
import { SIGNATURE_RUN_ON, type SignatureLine, signatureLayout } from '../export/signature'
import { lastBodyBlock } from '../export/signature-keep'
import type { FlowParagraph } from './flow-line'
import { flowTable } from './flow-table'
import {
  LOOSE_TRACKING_PT,
  type ParagraphFormat,
  paragraphLines,
  STRETCH_TRACKING_PT,
} from './paragraph-lines'
import { AREA_WIDTH, BODY_FORMAT, FILL_HEIGHT, PITCH, span } from './flow-metrics'
import { headingFace, runInNeedsWidowControl, runInSpans } from './run-in-keep'
import { carryToSignature } from './signature-carry'
import { closeUpSignature } from './signature-close-up'
import { withGaps } from './flow-gaps'
import { attachmentsFlow } from './flow-attachments'
import { type AttachmentPlan, fillAttachments } from './attachment-fill'
import { attachmentNoteFlow } from './flow-attachment-note'
import { titleFlowLines } from './flow-title'
import { mastheadFlow } from './flow-masthead'
import type { PrintSpan } from './print-layout'
import { imprintFits } from './imprint-block'
import { makeImprintRoom } from './imprint-room'
import { fillPages } from './page-fill'
import { paginate } from './paginate'
import { looseParagraph, stretchedParagraph, tightParagraph } from './tracked-paragraph'

const pt = (twips: number): number => twips / 20
const CHAR = pt(sanChar)

function runSpans(
  runs: readonly Run[],
  font: FontRole,
  keepBold: boolean,
  fonts: OfficialFonts,
): PrintSpan[] {
  return runs.map((run) => span(run.text, font, fonts[font].bold || (keepBold && run.bold === true)))
}

/** `make`'s value, computed the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made: { readonly value: T } | null = null
  return () => (made ??= { value: make() }).value
}

/**
 * body.ts `bodyParagraph`: an inline heading sentence in its level's face, numbered by its place when given the
 * counter, the rest in the body face; widow control where the sentence fills its first line (run-in-keep.ts), and
 * kept with the next paragraph if that is all it holds — as a list's 1. line is, in the body's face. One with
 * neither may be set loose or stretched to fill a page (page-fill.ts), unless its heading sentence would then fill
 * the first line, or tight to make room for the 版记 (imprint-room.ts).
 */
function bodyParagraph(runs: readonly Run[], fonts: OfficialFonts, counter?: HeadingCounter): FlowParagraph {
  const inline = runInHeading(runs, counter)
  const spans = inline === null ? runSpans(runs, 'body', true, fonts) : runInSpans(inline, fonts)
  // each asked for page after page while the fill tries them: set once
  const loosened = once(() => looseParagraph(spans))
  const stretched = once(() => stretchedParagraph(spans))
  const tightened = once(() => tightParagraph(spans))
  // a list's 1. line keeps as a heading does, in the body's face (run-in-heading.ts `numberedLine`)
  const keeps = inline ?? numberedLine(runs)
  if (keeps === null) return { ...paragraph(spans), loosened, stretched, tightened }
  const widowControl = runInNeedsWidowControl(keeps, spans)
  const keepNext = keeps.rest.length === 0
  const free = !widowControl && !keepNext
  if (!free) return { ...paragraph(spans), widowControl, keepNext }
  // whether its heading sentence would fill the first line set loose or stretched is asked only when the fill
  // tries the paragraph: most reports never retrack most of their run-in items
  const loose = once(() => !runInNeedsWidowControl(keeps, spans, LOOSE_TRACKING_PT))
  const stretch = once(() => loose() && !runInNeedsWidowControl(keeps, spans, STRETCH_TRACKING_PT))
  return {
    ...paragraph(spans),
    widowControl,
    keepNext,
    loosened: () => (loose() ? loosened() : null),
    stretched: () => (stretch() ? stretched() : null),
    tightened,
  }
}

function paragraph(
  spans: readonly PrintSpan[],
  format: ParagraphFormat = BODY_FORMAT,
  blankLines = 0,
): FlowParagraph {
  return { before: blankLines * PITCH, lines: paragraphLines(spans, format) }
}

function block(item: Block, counter: HeadingCounter, fonts: OfficialFonts): FlowParagraph[] {
  switch (item.kind) {
    case 'heading':
      return [
        {
          ...paragraph([
            span(
              numberedHeading(counter.next(item.level), item.text),
              headingFace(item.level),
              fonts[headingFace(item.level)].bold,
            ),
          ]),
          keepNext: true,
        },
      ]
    case 'paragraph':
      return [bodyParagraph(item.runs, fonts, counter)]
    case 'table':
      return [flowTable(item.rows, item.header)]
    case 'list':
      return item.items.map((text, index) =>
        bodyParagraph([{ text: item.ordered ? `${String(index + 1)}.${text}` : text }], fonts),
      )
  }
}

function part(section: Part, counter: HeadingCounter, fonts: OfficialFonts): FlowParagraph[] {
  const head =
    section.heading === null
      ? []
      : [
          {
            ...paragraph([span(`${counter.next(1)}${section.heading}`, 'heading1', fonts.heading1.bold)]),
            keepNext: true,
          },
        ]
  return [...head, ...section.blocks.flatMap((item) => block(item, counter, fonts))]
}

/** A 署名 or date line as signature.ts sets it: from the left (running on past the right edge) or the right. */
function signatureLine(text: string, line: SignatureLine, blankLines: number): FlowParagraph {
  const indent = line.indent * CHAR
  const box =
    line.edge === 'left'
      ? { align: 'left' as const, left: indent, width: AREA_WIDTH - indent + SIGNATURE_RUN_ON * CHAR }
      : { align: 'right' as const, width: AREA_WIDTH - indent }
  return paragraph([span(text, 'body')], { ...BODY_FORMAT, tracking: 0, firstLine: 0, ...box }, blankLines)
}

export interface FlowOptions {
  readonly sealed: boolean
  /** Height of the 版记 block (imprint-block.ts), which the last page should make room for; absent without one. */
  readonly imprintHeight?: number
}

export interface ReportFlow {
  /** Every paragraph of the flow, top to bottom, as report-to-docx.ts writes them (without the 版记). */
  readonly flow: FlowParagraph[]
  /** Where the 正文 starts in the flow, after the 版头, the 标题 and the 主送. */
  readonly bodyStart: number
  /** One past the 正文's last paragraph: the 附件说明 or the 署名 start there. */
  readonly bodyEnd: number
  /** Where the text ends, with the 署名 and the 附注, and the attachments start (flow-attachments.ts). */
  readonly textEnd: number
  /** The last 正文 paragraph keeps with the 署名 (signature-keep.ts); the .docx must write the same keep. */
  readonly keepLastWithSignature: boolean
  /** Characters of the last 正文 paragraph printed after a page break, on the 署名's page (signature-carry.ts). */
  readonly carriedChars: number
  /**
   * The 正文 paragraphs set loose to fill a page (page-fill.ts), counted from the first in the order body.ts writes
   * them: a heading, a paragraph, a list item and a table count one each; the .docx must loosen the same ones.
   */
  readonly loosened: ReadonlySet<number>
  /** The one 正文 paragraph a page may have stretched where loose ones cannot fill it, counted as `loosened`. */
  readonly stretched: ReadonlySet<number>
  /** The 正文 paragraphs set tight to make room for the 版记 (imprint-room.ts), counted as `loosened`. */
  readonly tightened: ReadonlySet<number>
  /** Each attachment's paragraphs set loose, stretched or tight to fill its pages (attachment-fill.ts). */
  readonly attachmentPlans: readonly AttachmentPlan[]
  /** The 署名 block's exact twips a line where it is closed up to stay with the 正文 (signature-close-up.ts). */
  readonly signatureClosedUpLine: number | null
}

export function reportFlow(
  source: Report,
  meta: OfficialMeta,
  fonts: OfficialFonts,
  options: FlowOptions,
): ReportFlow {
  // printed-text.ts: the attachments print after the 署名, each on pages of its own, and the 版记 after them; the
  // 附件说明 names them between the 正文 and the 署名
  const { report, note, attachments } = printedText(source)
  const head = mastheadFlow(meta, fonts)
  const out: FlowParagraph[] = [...head]
  if (meta.title !== null) {
    const lines = titleFlowLines(meta.title, fonts)
    out.push({ before: head.length > 0 ? 2 * PITCH : 0, lines })
  }
  if (meta.recipients !== null) {
    const text = `${meta.recipients.replace(/[：:]\s*$/u, '')}：`
    out.push(
      paragraph(
        [span(text, 'body')],
        { ...BODY_FORMAT, align: 'left', firstLine: 0 },
        meta.title !== null ? 1 : 0,
      ),
    )
  } else if (meta.title !== null) {
    out.push({ before: 0, lines: [{ height: PITCH, items: [] }] })
  }
  const counter = new HeadingCounter()
  const bodyStart = out.length
  // loops, not push(...): a spread of a long report's blocks overflows the stack
  for (const item of report.preamble) for (const flow of block(item, counter, fonts)) out.push(flow)
  for (const section of report.parts) for (const flow of part(section, counter, fonts)) out.push(flow)
  const bodyEnd = out.length
  // signature.ts: 署名 one blank line under the 正文 (or the 附件说明), the date under it, then the 附注, kept together
  const layout = signatureLayout(meta.issuers, meta.dateText, options.sealed)
  const tail: FlowParagraph[] = attachmentNoteFlow(note)
  meta.issuers.forEach((issuer, index) => {
    const line = layout.issuers[index]
    if (line !== undefined) tail.push(signatureLine(issuer, line, index === 0 ? 1 : 0))
  })
  if (meta.dateText !== null && layout.date !== null)
    tail.push(signatureLine(meta.dateText, layout.date, meta.issuers.length === 0 ? 1 : 0))
  for (const note of meta.notes)
    tail.push(paragraph([span(note, 'body')], { ...BODY_FORMAT, tracking: 0, align: 'left' }))
  tail.forEach((flow, index) => out.push(index < tail.length - 1 ? { ...flow, keepNext: true } : flow))
  // page-fill.ts: a page a keep left short, or whose 正文 ends right above a 署名 opening the next page, gets a
  // 正文 paragraph set loose, or else tight
  const lastBlock = lastBodyBlock(report)
  // the 版记 goes under the last attachment where there is one: the 署名's page need not make room for it
  const imprintFitsUnder = (used: number): boolean =>
    options.imprintHeight === undefined || imprintFits(used, options.imprintHeight)
  const lastPageFits = attachments.length > 0 ? (): boolean => true : imprintFitsUnder
  const body = { start: bodyStart, end: bodyEnd, signature: tail.length > 0, lastPageFits }
  const filled = fillPages(out, FILL_HEIGHT, body)
  const flow = filled.flow
  // imprint-room.ts: a 版记 that would need a page of its own gets room on the last page from paragraphs set tight
  const room = makeImprintRoom(flow, FILL_HEIGHT, body, lastPageFits)
  const tightened = new Set([...filled.tightened, ...room])
  const signatureStart = bodyEnd + note.length
  // signature-close-up.ts: where that was not enough, the 署名 block set closer may stay with the 正文; else
  // (signature-carry.ts) the last 正文 lines go over to the 署名's page
  const signs = meta.issuers.length > 0 || (meta.dateText !== null && layout.date !== null)
  // both ask where the flow's pages fall: paginated once, when first asked
  const pages = once(() => paginate(flow, FILL_HEIGHT))
  const closed = signs
    ? closeUpSignature(flow, { signatureStart, sealed: options.sealed, body }, pages)
    : null
  for (const index of closed?.tightened ?? []) tightened.add(index)
  const carry =
    closed === null
      ? carryToSignature(flow, { ...body, lastBlock }, pages)
      : carryToSignature(closed.flow, { ...body, lastBlock }, () => closed.pagination)
  const printed = withGaps(carry.flow, meta, { bodyStart, signatureStart, sealed: options.sealed })
  const blockFlow = (item: Block, counter: HeadingCounter): FlowParagraph[] => block(item, counter, fonts)
  const attached = fillAttachments(attachmentsFlow(attachments, fonts, blockFlow), imprintFitsUnder)
  return {
    flow: [...printed, ...attached.flow],
    bodyStart,
    bodyEnd,
    textEnd: printed.length,
    keepLastWithSignature: carry.keepLastWithSignature,
    carriedChars: carry.carriedChars,
    loosened: new Set([...filled.loosened].map((index) => index - bodyStart)),
    stretched: new Set([...filled.stretched].map((index) => index - bodyStart)),
    tightened: new Set([...tightened].map((index) => index - bodyStart)),
    attachmentPlans: attached.plans,
    signatureClosedUpLine: closed?.line ?? null,
  }
}
