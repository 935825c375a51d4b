// `review` without -o or --json: one line per report for a terminal, then the totals.
import { formatNotApplicable, formatTotalText } from '../../../renderer/core/review/format-applicability'
import type { ReviewSummary } from '../../../renderer/core/review/review-summary'
import { sendBackLabels } from '../../../renderer/core/review/review-table'

export function reviewText(summary: ReviewSummary): string {
  const lines = summary.rows.map((row) => {
    const verdict =
      row.sendBack.length === 0
        ? '通过'
        : `退回（${row.sendBack.map((reason) => sendBackLabels[reason]).join('、')}）`
    if (!row.readable) return `✘ ${row.file}：${verdict}。${row.error?.message ?? ''}`
    const year = row.reportYear === null ? '年度不明' : `${String(row.reportYear)} 年度`
    const deadline =
      row.deadline?.onTime === true ? '按时' : row.deadline?.onTime === false ? '逾期' : '报送日期不明'
    const errors = row.findings.filter((finding) => finding.severity === 'error').length
    const format =
      row.format !== null
        ? `，版式${row.format.conforming ? '合格' : '不合格'}`
        : formatNotApplicable(row) === null
          ? ''
          : '，版式不适用'
    const mark = row.sendBack.length === 0 ? '✔' : '✘'
    return `${mark} ${row.file}：${row.issuer ?? '发文机关不明'}，${year}，${deadline}，错误 ${String(errors)} 处${format}；${verdict}`
  })
  const { totals } = summary
  lines.push(
    `共 ${String(totals.reports)} 份，通过 ${String(totals.reports - totals.sendBack)} 份，退回 ${String(totals.sendBack)} 份；按时 ${String(totals.onTime)} 份，逾期 ${String(totals.late)} 份；${formatTotalText(totals)}。`,
  )
  return `${lines.join('\n')}\n`
}
