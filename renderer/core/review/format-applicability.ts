// Whether a report's layout (GB/T 9704) can be judged at all: only a .docx has pages, fonts and margins. A plain
// text or the app's own .fznb has none to pass or fail, so the review says 不适用 for it — never a score of 0/0.
import type { ReviewRow } from './review-row'
import type { ReviewTotals } from './review-summary'

const notApplicableReasons = {
  text: '纯文本文件（.txt）没有版式；版式只对 Word 文档（.docx）检查。',
  report: '法治年报文件（.fznb）没有版式，导出 Word 时按 GB/T 9704 排版；版式只对 Word 文档（.docx）检查。',
} as const

/** Why the row's layout is not checked (a readable .txt or .fznb), or null when it is, or could have been. */
export function formatNotApplicable(row: ReviewRow): string | null {
  if (!row.readable || row.format !== null || row.kind === null || row.kind === 'docx') return null
  return notApplicableReasons[row.kind]
}

/** The layout part of a review's totals: 版式合格 3/5 份, or 不适用 when no .docx could be checked. */
export function formatTotalText(totals: ReviewTotals): string {
  return totals.formatChecked === 0
    ? 'Word 文档版式不适用（没有可检查版式的 Word 文档）'
    : `Word 文档版式合格 ${String(totals.conforming)}/${String(totals.formatChecked)} 份`
}
