// The review summary as an .xlsx: sheet 汇总 is the review table (summary-sheet.ts), sheet 问题清单 lists every
// finding with its message (findings-sheet.ts). Returns bytes and touches no file system, so the CLI writes them
// atomically and the app (审阅模式) hands them to the Bridge. Both sheets print on A4 landscape, a page wide,
// their header rows on every page and frozen on screen (worksheet-xml.ts).
import type { ReviewSummary } from '../core/review/review-summary'
import { reviewTable } from '../core/review/review-table'
import type { Template } from '../core/template-schema'
import { findingsSheet } from './findings-sheet'
import { summarySheet } from './summary-sheet'
import { workbookBytes } from './workbook-package'

export const summarySheetName = '汇总'
export const findingsSheetName = '问题清单'

export function reviewXlsx(summary: ReviewSummary, template: Template): Uint8Array {
  return workbookBytes(
    [
      summarySheet(summarySheetName, reviewTable(summary, template)),
      findingsSheet(findingsSheetName, summary, template),
    ],
    '法治年报',
  )
}
