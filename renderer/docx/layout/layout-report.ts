// Report → pages of positioned lines, the way LibreOffice lays out the exported .docx: the flow of flow-report.ts
// paginated into the 225 mm 版心 (paginate.ts: 22 lines of 28.95 pt a page, the export's keep rules), the 版记 on
// the bottom of the last page or on the next page exactly where report-to-docx.ts puts it (imprint-placement.ts),
// and a page number on every page (GB/T 9704 §7.5). Pure: no DOM, usable from Node tests.
import type { Report, ReportVersion } from '../../core/report'
import { printableReport } from '../../core/printable-report'
import { defaultSettings, type Settings } from '../../core/settings'
import { officialFonts } from '../export/official-fonts'
import { officialMeta } from '../export/official-meta'
import { BODY_HEIGHT, FILL_HEIGHT } from './flow-metrics'
import { reportFlow } from './flow-report'
import { type FlowParagraph, shiftItem } from './flow-line'
import { type ImprintBlock, imprintBlock, imprintFits } from './imprint-block'
import { type Pagination, paginate } from './paginate'
import type { PrintItem, PrintLayout, PrintPage } from './print-layout'

export interface LayoutOptions {
  readonly version?: ReportVersion
  readonly settings?: Settings
  readonly sealed?: boolean
}

export { BODY_HEIGHT }

/** The report's flow as LibreOffice paginates it, with the 版记 the last page carries or that follows it. */
export interface PaginatedReport {
  /** The report as it prints (printable-report.ts): the flow's 正文 paragraphs are its blocks, in order. */
  readonly report: Report
  readonly flow: readonly FlowParagraph[]
  /** Where the 正文 starts in the flow: a heading, a paragraph, a list item and a table take one paragraph each. */
  readonly bodyStart: number
  /** One past the 正文's last paragraph: the 附件说明 (attachment-note.ts) or the 署名 start there. */
  readonly bodyEnd: number
  /** Where the text ends with the 署名 and the attachments start (flow-attachments.ts); the flow's length without. */
  readonly textEnd: number
  readonly pagination: Pagination
  readonly imprint: ImprintBlock | null
  /** The 版记 does not fit under the text of the last page and takes a page of its own (imprint-placement.ts). */
  readonly imprintOwnPage: boolean
}

export function paginateReport(source: Report, options: LayoutOptions = {}): PaginatedReport {
  // what the .docx prints (export-docx.ts): without editing debris
  const report = printableReport(source)
  const settings = options.settings ?? defaultSettings
  const fonts = officialFonts(settings.fonts)
  const meta = officialMeta(report.meta, options.version ?? report.meta.version, settings)
  const imprint = imprintBlock({
    copyTo: meta.copyTo,
    printedBy: meta.printedBy,
    printedDateText: meta.printedDateText,
  })
  const sealed = options.sealed === true
  const { flow, bodyStart, bodyEnd, textEnd } = reportFlow(
    report,
    meta,
    fonts,
    imprint === null ? { sealed } : { sealed, imprintHeight: imprint.height },
  )
  const pagination = paginate(flow, FILL_HEIGHT)
  // the same decision as the .docx's (imprint-placement.ts), on the same pagination
  const imprintOwnPage = imprint !== null && !imprintFits(pagination.lastPageUsed, imprint.height)
  return { report, flow, bodyStart, bodyEnd, textEnd, pagination, imprint, imprintOwnPage }
}

export function layoutReport(source: Report, options: LayoutOptions = {}): PrintLayout {
  return printLayout(paginateReport(source, options))
}

/** The pages of a paginated report as the preview draws them: its lines placed, the 版记 at the foot of the last. */
export function printLayout({ pagination, imprint, imprintOwnPage }: PaginatedReport): PrintLayout {
  const pages: PrintItem[][] = Array.from({ length: pagination.pageCount }, () => [])
  for (const placed of pagination.lines)
    for (const item of placed.line.items) pages[placed.page]!.push(shiftItem(item, placed.top))

  if (imprint !== null) {
    if (imprintOwnPage) pages.push([])
    pages.at(-1)!.push(...imprint.items.map((item) => shiftItem(item, BODY_HEIGHT - imprint.height)))
  }

  return {
    pages: pages.map((items, index): PrintPage => ({ number: index + 1, items })),
  }
}
