// The review summary as an .xlsx (exceljs): sheet 汇总 is the review table (summary-sheet.ts), sheet 问题清单
// lists every finding with its message (findings-sheet.ts). Returns bytes and touches no file system, so the
// CLI writes them atomically and the app (审阅模式) hands them to the Bridge.
import type { ReviewSummary } from '../core/review/review-summary'
import { reviewTable } from '../core/review/review-table'
import type { Template } from '../core/template-schema'
import { ExcelJS } from './exceljs-module'
import { writeFindingsSheet } from './findings-sheet'
import { writeSummarySheet } from './summary-sheet'

export const summarySheetName = '汇总'
export const findingsSheetName = '问题清单'

export async function reviewXlsx(summary: ReviewSummary, template: Template): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '法治年报'
  writeSummarySheet(
    workbook.addWorksheet(summarySheetName, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] }),
    reviewTable(summary, template),
  )
  writeFindingsSheet(
    workbook.addWorksheet(findingsSheetName, { views: [{ state: 'frozen', ySplit: 1 }] }),
    summary,
    template,
  )
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
