// Report → pages of positioned lines, the way LibreOffice lays out the exported .docx: the flow of flow-report.ts
// filled into the 225 mm 版心 line by line (22 lines of 28.95 pt a page, widow control off as in the export), the
// 版记 on the bottom of the last page or on a page of its own exactly where report-to-docx.ts puts it, and page
// numbers on every page but one that holds only the 版记 (GB/T 9704 §7.5). Pure: no DOM, usable from Node tests.
import type { Report, ReportVersion } from '../../core/report'
import { defaultSettings, type Settings } from '../../core/settings'
import { linesPerPage, textHeight } from '../export/gbt9704'
import { imprintPlacement } from '../export/imprint-placement'
import { officialFonts } from '../export/official-fonts'
import { officialMeta } from '../export/official-meta'
import { PITCH } from './flow-metrics'
import { flowReport } from './flow-report'
import { shiftItem } from './flow-line'
import { imprintBlock } from './imprint-block'
import type { PrintItem, PrintLayout, PrintPage } from './print-layout'

export interface LayoutOptions {
  readonly version?: ReportVersion
  readonly settings?: Settings
  readonly sealed?: boolean
}

/** 225 mm in points. */
export const BODY_HEIGHT = textHeight / 20
/**
 * Where text lines stop: LibreOffice fills the 版心 with whole lines of the section's 22-line grid (docGrid), 0.9 pt
 * short of its 225 mm; a 版头 of any height can leave page 1 ending in between.
 */
const FILL_HEIGHT = linesPerPage * PITCH
/** The hairline paragraph that anchors the floating 版记 table in the .docx (imprint.ts): 1 pt. */
const ANCHOR_HEIGHT = 1
const EPSILON = 0.01

export function layoutReport(report: Report, options: LayoutOptions = {}): PrintLayout {
  const settings = options.settings ?? defaultSettings
  const fonts = officialFonts(settings.fonts)
  const meta = officialMeta(report.meta, options.version ?? report.meta.version, settings)
  const flow = flowReport(report, meta, fonts, { sealed: options.sealed === true })

  const pages: PrintItem[][] = [[]]
  let y = 0
  let current = pages[0]!
  const newPage = (): void => {
    current = []
    pages.push(current)
    y = 0
  }
  for (const paragraph of flow) {
    paragraph.lines.forEach((line, index) => {
      const before = index === 0 ? paragraph.before : 0
      // a line that does not fit opens the next page; the paragraph's blank lines go with its first line
      if (y + before + line.height > FILL_HEIGHT + EPSILON && y > 0) newPage()
      y += before
      current.push(...line.items.map((item) => shiftItem(item, y)))
      y += line.height
    })
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
