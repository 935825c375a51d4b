// Report → docx Document in the official layout (GB/T 9704-2012, ../shared/spec/gbt9704-layout.md):
// 版头, 标题, 主送, 正文, 署名/日期/附注, 版记, page numbers. Walks the report once; one module per element.
import {
  Document,
  DocumentGridType,
  type IContext,
  type ISectionOptions,
  Paragraph,
  type Table,
  TextRun,
} from 'docx'
import { printedText } from '../../core/printed-text'
import type { Report, ReportVersion } from '../../core/report'
import { defaultSettings, type Settings } from '../../core/settings'
import { attachmentNote } from './attachment-note'
import { attachmentsXml } from './attachments-xml'
import { bodyXml, type DraftMarks, recipientsLine } from './body'
import { fontTableXml } from './font-table'
import { footerDistance, gridCharSpace, linePitch, margins, page } from './gbt9704'
import { imprint } from './imprint'
import { lastYearComments } from './last-year-comments'
import { masthead } from './masthead'
import { officialFonts } from './official-fonts'
import { officialMeta } from './official-meta'
import { OfficialParagraph } from './official-paragraph'
import { pageNumberFooters } from './page-number-footers'
import { onPitch } from './line-spacing'
import { signature } from './signature'
import { lastBodyBlock } from './signature-keep'
import { preparedStyles } from './prepared-styles'
import { title } from './title'
import { pagePlan } from '../layout/page-plan'
import type { StreamedXml } from './pack-docx'

export interface ExportDocxOptions {
  /** 上行文 (文号 + 签发人) or 公开 (no 签发人, 附注 （此件公开发布）); defaults to the report's own. */
  readonly version?: ReportVersion
  /** Fonts, and the clerk's defaults for what the report lacks (发文机关标志, 主送, 抄送 …). */
  readonly settings?: Settings
  /** Sealed documents put the date 右空四字 with the 署名 centred over it (§7.3.5.1); default unsealed (§7.3.5.2). */
  readonly sealed?: boolean
  /**
   * A working draft for a clerk who goes on in Word or WPS (rollover's .docx): the figures carried over from last
   * year highlighted and last year's plans and text as comments (last-year-comments.ts), so that opening it again
   * gives them back. The default is the official text, printed and sent upward, which has neither. Either way the
   * page is the official layout: highlighting and comments take no room. A report without those marks writes the
   * same file both ways.
   */
  readonly draftMarks?: boolean
}

function sectionProperties(): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      size: { width: page.width, height: page.height },
      margin: { ...margins, header: margins.top - linePitch, footer: footerDistance, gutter: 0 },
    },
    // §5.2.3: 22 lines × 28 characters, as Word's 页面设置 › 文档网格 shows it.
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch, charSpace: gridCharSpace },
  }
}

/**
 * Stands where the 正文 goes: docx writes the frame around it, and pack-docx.ts writes the body there a block at a
 * time (body.ts), so a long body is never one tree in memory.
 */
export const bodyPlaceholder = 'fznb-body-placeholder-5c1e'
/** Where the attachments go, after the 署名 (attachments-xml.ts). */
export const attachmentsPlaceholder = 'fznb-attachments-placeholder-9d2a'

/**
 * The frame as a docx Document with placeholders where the body and the attachments go, and their XML as it will be
 * written, in the order of the placeholders.
 */
export interface ReportDocument {
  readonly document: Document
  readonly streamed: readonly StreamedXml[]
  /** Parts written in place of docx's: the font table (font-table.ts). */
  readonly replacedParts: Readonly<Record<string, string>>
}

export function reportToDocx(source: Report, options: ExportDocxOptions = {}): ReportDocument {
  // printed-text.ts: the attachments go after the 署名, each on pages of its own, and the 附件说明 between the 正文
  // and the 署名, kept with the 署名
  const { report, note, attachments } = printedText(source)
  const settings = options.settings ?? defaultSettings
  const fonts = officialFonts(settings.fonts)
  const meta = officialMeta(report.meta, options.version ?? report.meta.version, settings)

  const head = masthead(meta, fonts)
  const children: (Paragraph | Table)[] = [...head]
  if (meta.title !== null) children.push(title(meta.title, fonts, head.length > 0))
  if (meta.recipients !== null) children.push(recipientsLine(meta.recipients, fonts, meta.title !== null))
  else if (meta.title !== null) children.push(new OfficialParagraph({ spacing: onPitch(0), children: [] }))
  children.push(new Paragraph({ children: [new TextRun(bodyPlaceholder)] }))
  const imprintOptions = {
    copyTo: meta.copyTo,
    printedBy: meta.printedBy,
    printedDateText: meta.printedDateText,
  }
  const plan = pagePlan(source, meta, fonts, { sealed: options.sealed === true, imprint: imprintOptions })
  const signed = signature(
    {
      issuers: meta.issuers,
      dateText: meta.dateText,
      notes: meta.notes,
      sealed: options.sealed === true,
      closedUpLine: plan.signatureClosedUpLine,
      blankParagraph: note.length === 0 && lastBodyBlock(report)?.kind === 'table',
    },
    fonts,
  )
  for (const paragraph of [...attachmentNote(note, fonts, signed.length > 0), ...signed])
    children.push(paragraph)
  // a hairline paragraph: where the 版记 takes a page of its own, it stays to end the section (pack-docx.ts)
  if (attachments.length > 0)
    children.push(
      new OfficialParagraph({ spacing: onPitch(0, 20), children: [new TextRun(attachmentsPlaceholder)] }),
    )

  const last = imprint(imprintOptions, fonts)
  const numbered = { properties: sectionProperties(), footers: pageNumberFooters(fonts) }
  const ownPage = last.length > 0 && plan.imprint === 'own-page'
  const sections: ISectionOptions[] = ownPage
    ? [
        { ...numbered, children },
        // LibreOffice moves a section's first paragraph into the floating table's frame and loses the section's
        // page style with it, so the 版记 page opens with a hairline paragraph of its own.
        {
          ...numbered,
          children: [new OfficialParagraph({ spacing: onPitch(0, 20), children: [] }), ...last],
        },
      ]
    : [{ ...numbered, children: [...children, ...last] }]

  // anchored on the parts and paragraphs the 正文 writes: the part the attachments or the note came out of is a copy
  const comments = options.draftMarks === true ? lastYearComments(report) : null
  const marks: DraftMarks | null =
    options.draftMarks === true
      ? { anchors: comments?.anchors ?? new Map(), unanchored: comments?.unanchored ?? [] }
      : null
  const document = new Document({
    ...(comments === null ? {} : { comments: { children: comments.comments } }),
    creator: '法治年报',
    title: meta.title ?? undefined,
    evenAndOddHeaderAndFooters: true,
    styles: preparedStyles(fonts),
    sections,
  })
  return {
    document,
    streamed: [
      { placeholder: bodyPlaceholder, xml: (context) => bodyXml(report, fonts, context, plan, marks) },
      ...(attachments.length === 0
        ? []
        : [
            {
              placeholder: attachmentsPlaceholder,
              xml: (context: IContext) =>
                attachmentsXml(attachments, report, fonts, context, marks, plan.attachmentPlans),
            },
          ]),
    ],
    replacedParts: { 'word/fontTable.xml': fontTableXml(fonts) },
  }
}
