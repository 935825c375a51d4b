// The review summary as one self-contained HTML page (no scripts, no fonts, nothing fetched; its CSP says
// so), for a county office to open on a 内网 machine or attach to a notice: the counts, the coloured
// table, then each report's findings with the reason it goes back.
import type { Template } from '../template-schema'
import { formatTotalText } from './format-applicability'
import { escapeHtml } from './html-text'
import { findingSourceLabels, reviewFindings, severityLabels, type ReviewFinding } from './review-findings'
import { sendBackLabels, reviewTable } from './review-table'
import { reviewPageStyle } from './review-page-style'
import { reviewTableHtml } from './review-table-html'
import type { ReviewSummary } from './review-summary'

function findingItem(finding: ReviewFinding): string {
  // 无法读取（没有读取权限） names itself: its rule would only say 无法读取 twice.
  const rule = finding.message.startsWith(finding.ruleName)
    ? ''
    : `<strong class="rule">${escapeHtml(finding.ruleName)}</strong>`
  const where = finding.line === null ? '' : `（第 ${String(finding.line)} 行）`
  const head = rule + where === '' ? '' : `${rule}${where}：`
  return `<li><span class="tag tag-${finding.severity}">${severityLabels[finding.severity]}</span><span class="source">[${findingSourceLabels[finding.source]}]</span> ${head}${escapeHtml(finding.message)}</li>`
}

export function reviewPageHtml(summary: ReviewSummary, template: Template): string {
  const { totals } = summary
  const table = reviewTable(summary, template)
  const findings = reviewFindings(summary)
  const reasonCount = (reason: keyof typeof sendBackLabels): number =>
    summary.rows.filter((row) => row.sendBack.includes(reason)).length
  const reasons = (Object.keys(sendBackLabels) as (keyof typeof sendBackLabels)[])
    .map((reason) => `${sendBackLabels[reason]} ${String(reasonCount(reason))}`)
    .join('，')
  const counts =
    `共 ${String(totals.reports)} 份：通过 ${String(totals.reports - totals.sendBack)} 份，退回 ${String(totals.sendBack)} 份（${reasons}）；` +
    `按时报送 ${String(totals.onTime)} 份，逾期 ${String(totals.late)} 份；${formatTotalText(totals)}。`
  const sections = summary.rows.map((row, index) => {
    const own = findings.filter((finding) => finding.file === row.file)
    const verdict =
      row.sendBack.length === 0
        ? '<p class="verdict-pass">审阅结论：通过</p>'
        : `<p class="verdict-return">审阅结论：退回（${row.sendBack.map((reason) => sendBackLabels[reason]).join('、')}）</p>`
    const list =
      own.length === 0
        ? '<p>没有发现问题。</p>'
        : `<ul class="findings">${own.map(findingItem).join('')}</ul>`
    return `<section id="report-${String(index + 1)}"><h3>${escapeHtml(row.file)}</h3>${verdict}${list}</section>`
  })
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>法治政府建设年度报告审阅汇总</title>
<style>${reviewPageStyle}</style>
</head>
<body>
<h1>法治政府建设年度报告审阅汇总</h1>
<p class="meta">审阅文件夹：${escapeHtml(summary.folder)}　模板：${escapeHtml(template.name)}</p>
<p class="counts">${counts}</p>
<p class="legend"><span class="tone-good">合格 / 有</span><span class="tone-warn">需注意</span><span class="tone-bad">不合格 / 缺</span>　鼠标停在单元格上可看详情，点文件名看问题清单。</p>
${reviewTableHtml(table, { fileHref: (index) => `#report-${String(index + 1)}` })}
<h2>问题清单</h2>
${sections.join('\n')}
</body>
</html>
`
}
