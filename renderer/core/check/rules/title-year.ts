// The 标题 names the year the report is about (清江镇2023年法治政府建设年度报告): without it the county
// office cannot tell one year's report from the next, and neither can the public on the government website.
import type { Finding } from '../finding'
import type { Rule } from '../rule'

export const titleYear: Rule = {
  id: 'title-year',
  name: '标题缺少年度',
  run: ({ report, year }): Finding[] => {
    const { title } = report.meta
    if (title === null || /(?:19|20)\d{2}\s*年/.test(title)) return []
    const example = year === null ? '2023年' : `${String(year)}年`
    return [
      {
        rule: 'title-year',
        severity: 'warning',
        message: `标题没有写明年度，请写明报告的年份，如“……${example}法治政府建设年度报告”。`,
        part: null,
        line: report.meta.source?.lines.title ?? null,
        evidence: title.slice(0, 30),
      },
    ]
  },
}
