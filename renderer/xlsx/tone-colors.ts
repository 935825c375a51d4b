// The colours of the review workbook's cells: Excel's built-in Good / Neutral / Bad cell styles, so the sheet
// reads like any office spreadsheet. Shared by both sheets and by the tests that read the workbook back.
import type { CellTone } from '../core/review/review-table'

export const toneColors: Readonly<Record<Exclude<CellTone, 'none'>, { fill: string; font: string }>> = {
  good: { fill: 'FFC6EFCE', font: 'FF006100' },
  warn: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  bad: { fill: 'FFFFC7CE', font: 'FF9C0006' },
}
