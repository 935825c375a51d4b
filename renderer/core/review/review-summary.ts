// The whole review of a folder: one row per report, in path order, and the counts a county office
// reports upward (how many arrived, complete, on time, well formatted, returned).
import type { ReviewRow } from './review-row'

export interface ReviewTotals {
  readonly reports: number
  readonly unreadable: number
  readonly complete: number
  readonly onTime: number
  readonly late: number
  /** .docx files whose layout passed every check. */
  readonly conforming: number
  /** .docx files whose layout was checked. */
  readonly formatChecked: number
  readonly sendBack: number
}

export interface ReviewSummary {
  /** The reviewed folder as the reviewer named it. */
  readonly folder: string
  readonly templateId: string
  readonly rows: readonly ReviewRow[]
  readonly totals: ReviewTotals
}

export function reviewSummary(folder: string, templateId: string, rows: readonly ReviewRow[]): ReviewSummary {
  const sorted = [...rows].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const count = (test: (row: ReviewRow) => boolean): number => sorted.filter(test).length
  return {
    folder,
    templateId,
    rows: sorted,
    totals: {
      reports: sorted.length,
      unreadable: count((row) => !row.readable),
      complete: count((row) => row.complete === true),
      onTime: count((row) => row.deadline?.onTime === true),
      late: count((row) => row.deadline?.onTime === false),
      conforming: count((row) => row.format?.conforming === true),
      formatChecked: count((row) => row.format !== null),
      sendBack: count((row) => row.sendBack.length > 0),
    },
  }
}
