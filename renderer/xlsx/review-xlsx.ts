// The review summary as an .xlsx (exceljs): sheet 汇总 is the review table (summary-sheet.ts), sheet 问题清单
// lists every finding with its message (findings-sheet.ts). Returns bytes and touches no file system, so the
// CLI writes them atomically and the app (审阅模式) hands them to the Bridge. Both sheets print on A4 landscape,
// a page wide, their header on every page.
import type { PageSetup } from 'exceljs'
import type { ReviewSummary } from '../core/review/review-summary'
import { reviewTable } from '../core/review/review-table'
import type { Template } from '../core/template-schema'
import { ExcelJS } from './exceljs-module'
import { writeFindingsSheet } from './findings-sheet'
import { writeSummarySheet } from './summary-sheet'

export const summarySheetName = '汇总'
export const findingsSheetName = '问题清单'

/**
 * How a sheet prints: A4 landscape, every column on the page's width (fitToHeight 0: as many pages down as the
 * rows need), the header rows `titleRows` ('1:2') again on every page, so page 3 of 汇总 still says which column
 * is 行政复议. On screen the same rows stay frozen (the sheet's views).
 */
function printSetup(titleRows: string): Partial<PageSetup> {
  return {
    // 9 is A4 (210 × 297 mm) in SpreadsheetML's paper sizes (pageSetup@paperSize); exceljs' enum is type-only.
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: titleRows,
  }
}

export async function reviewXlsx(summary: ReviewSummary, template: Template): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '法治年报'
  writeSummarySheet(
    workbook.addWorksheet(summarySheetName, {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }],
      pageSetup: printSetup('1:2'),
    }),
    reviewTable(summary, template),
  )
  writeFindingsSheet(
    workbook.addWorksheet(findingsSheetName, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: printSetup('1:1'),
    }),
    summary,
    template,
  )
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
