// The 标题 ends with its 文种 (GB/T 9704 §7.3.1; annual-report.md): this document is a 报告. A title that says
// 工作总结 or 情况, or names no kind at all, is sent back to be retitled.
import { toSimplified } from '../../simplified-chinese'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

const wrongGenre = /(总结|汇报|情况说明|材料)$/

export const titleGenre: Rule = {
  id: 'title-genre',
  name: '标题文种不对',
  run: ({ report }): Finding[] => {
    const { title } = report.meta
    if (title === null) return []
    const trimmed = toSimplified(title)
      .replace(/[\s　]+/g, '')
      .replace(/[。．.]$/, '')
    if (trimmed.endsWith('报告')) return []
    const wrong = wrongGenre.exec(trimmed)?.[1]
    return [
      {
        rule: 'title-genre',
        severity: 'warning',
        message:
          wrong === undefined
            ? '标题应以文种“报告”结尾，如“……法治政府建设年度报告”或“……法治政府建设情况的报告”。'
            : `标题的文种应为“报告”，不是“${wrong}”。请改为“……法治政府建设年度报告”或“……情况的报告”。`,
        part: null,
        line: report.meta.source?.lines.title ?? null,
        evidence: title.slice(-30),
      },
    ]
  },
}
