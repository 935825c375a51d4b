// Report → pages of positioned lines, the way LibreOffice lays out the exported .docx: the flow of flow-report.ts
// filled into the 225 mm 版心 line by line (22 lines of 28.95 pt a page, widow control off as in the export), the
// 版记 on the bottom of the last page or on a page of its own exactly where report-to-docx.ts puts it, and page
// numbers on every page but one that holds only the 版记 (GB/T 9704 §7.5). Pure: no DOM, usable from Node tests.
import type { Report, ReportVersion } from '../../core/report'
import { defaultSettings, type Settings } from '../../core/settings'
import { textHeight } from '../export/gbt9704'
import { imprintPlacement } from '../export/imprint-placement'
import { officialFonts } from '../export/official-fonts'
import { officialMeta } from '../export/official-meta'
import { PITCH } from './flow-metrics'
import { flowReport } from './flow-report'
import { shiftItem } from './flow-line'
import { imprintBlock } from './imprint-block'
import { paginate } from './paginate'
import type { PrintItem, PrintLayout, PrintPage } from './print-layout'

export interface LayoutOptions {
  readonly version?: ReportVersion
  readonly settings?: Settings
  readonly sealed?: boolean
}

/** 225 mm in points. */
export const BODY_HEIGHT = textHeight / 20
/** The hairline paragraph that anchors the floating 版记 table in the .docx (imprint.ts): 1 pt. */
const ANCHOR_HEIGHT = 1
const EPSILON = 0.01

export function layoutReport(report: Report, options: LayoutOptions = {}): PrintLayout {
  const settings = options.settings ?? defaultSettings
  const fonts = officialFonts(settings.fonts)
  const meta = officialMeta(report.meta, options.version ?? report.meta.version, settings)
  const flow = flowReport(report, meta, fonts, { sealed: options.sealed === true })

  const pagination = paginate(flow, BODY_HEIGHT)
  const pages: PrintItem[][] = Array.from({ length: pagination.pageCount }, () => [])
  for (const placed of pagination.lines)
    for (const item of placed.line.items) pages[placed.page]!.push(shiftItem(item, placed.top))
  let current = pages.at(-1)!
  const y = pagination.lastPageUsed
  const newPage = (): void => {
    current = []
    pages.push(current)
  }

  const imprintOptions = {
    copyTo: meta.copyTo,
    printedBy: meta.printedBy,
    printedDateText: meta.printedDateText,
  }
  const imprint = imprintBlock(imprintOptions)
  const unnumbered = new Set<number>()
  if (imprint !== null) {
    const ownPage = imprintPlacement(report, meta, imprintOptions) === 'own-page'
    // On the last page the float keeps one line (topFromText) between itself and the text above it.
    const fits = !ownPage && y + ANCHOR_HEIGHT <= BODY_HEIGHT - imprint.height - PITCH + EPSILON
    if (!fits) {
      newPage()
      unnumbered.add(pages.length - 1)
    }
    current.push(...imprint.items.map((item) => shiftItem(item, BODY_HEIGHT - imprint.height)))
  }

  return {
    pages: pages.map((items, index): PrintPage => ({
      number: unnumbered.has(index) ? null : index + 1,
      items,
    })),
  }
}
