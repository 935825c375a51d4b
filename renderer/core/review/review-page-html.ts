// The review summary as one self-contained HTML page (no scripts, no fonts, nothing fetched; its CSP says
// so), for a county office to open on a 内网 machine or attach to a notice: the counts, the coloured
// table, then each report's findings with the reason it goes back.
import type { Template } from '../template-schema'
import { formatTotalText } from './format-applicability'
import { escapeHtml } from './html-text'
import { findingSourceLabels, reviewFindings, severityLabels, type ReviewFinding } from './review-findings'
import { sendBackLabels, reviewTable } from './review-table'
import { reviewTableHtml } from './review-table-html'
import type { ReviewSummary } from './review-summary'

const style = `
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; margin: 24px; color: #222; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.meta, .counts { color: #555; margin: 4px 0; }
.legend span { display: inline-block; padding: 2px 8px; margin-right: 8px; border: 1px solid #ccc; }
.scroll { overflow: auto; max-height: 80vh; border: 1px solid #bbb; }
.review-table { border-collapse: collapse; font-size: 13px; white-space: nowrap; }
.review-table th, .review-table td { border: 1px solid #ccc; padding: 4px 6px; text-align: center; }
.review-table thead th { position: sticky; background: #eef1f5; z-index: 2; }
.review-table thead th.group { text-align: left; }
.review-table td[data-column="issuer"] { text-align: left; }
.review-table thead tr:first-child th { top: 0; }
.review-table thead tr:nth-child(2) th { top: 27px; white-space: normal; min-width: 3.5em; max-width: 7em; font-weight: 600; vertical-align: bottom; }
.review-table td:first-child, .review-table th.label:first-child { position: sticky; left: 0; z-index: 1; text-align: left; background: #fff; }
.review-table thead th.label:first-child { z-index: 3; background: #eef1f5; }
.tone-good { background: #c6efce; color: #006100; }
.tone-bad { background: #ffc7ce; color: #9c0006; }
.tone-warn { background: #ffeb9c; color: #9c5700; }
.review-table td.tone-bad:first-child { background: #ffc7ce; }
.findings { margin: 0; padding-left: 20px; }
.findings li { margin: 3px 0; }
.tag { display: inline-block; min-width: 2.5em; font-size: 12px; padding: 0 4px; margin-right: 4px; border-radius: 3px; text-align: center; }
.tag-error { background: #ffc7ce; color: #9c0006; }
.tag-warning { background: #ffeb9c; color: #9c5700; }
.tag-info { background: #dde7f3; color: #234; }
.verdict-pass { color: #006100; }
.verdict-return { color: #9c0006; }
`

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
<style>${style}</style>
</head>
<body>
<h1>法治政府建设年度报告审阅汇总</h1>
<p class="meta">审阅文件夹：${escapeHtml(summary.folder)}　模板：${escapeHtml(template.name)}</p>
<p class="counts">${counts}</p>
<p class="legend"><span class="tone-good">合格 / 有</span><span class="tone-warn">需注意</span><span class="tone-bad">不合格 / 缺</span>　鼠标停在单元格上可看详情，点文件名看问题清单。</p>
<div class="scroll">${reviewTableHtml(table, { fileHref: (index) => `#report-${String(index + 1)}` })}</div>
<h2>问题清单</h2>
${sections.join('\n')}
</body>
</html>
`
}
