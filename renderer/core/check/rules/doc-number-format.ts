// 发文字号 per GB/T 9704 §7.2.4: 〔〕 around the year, no 第, no leading zeros (清委〔2024〕9号).
import { parseDocNumber, parseDocNumberAwaitingSerial, type DocNumberProblem } from '../../doc-number'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

const explain: Readonly<Record<DocNumberProblem, string>> = {
  brackets: '年份应使用六角括号〔〕',
  di: '序号前不加“第”',
  'leading-zero': '序号不编虚位（不写前导 0）',
  spaces: '中间不加空格',
}

export const docNumberFormat: Rule = {
  id: 'doc-number-format',
  name: '发文字号格式',
  run: ({ report }): Finding[] => {
    const written = report.meta.docNumber
    if (written === null) return []
    const line = report.meta.source?.lines.docNumber ?? null
    const parsed = parseDocNumber(written)
    const awaiting = parsed === null ? parseDocNumberAwaitingSerial(written) : null
    if (awaiting !== null) {
      // Left so by rollover: the year is right, the office has yet to give this year's 序号.
      return [
        {
          rule: 'doc-number-format',
          severity: 'error',
          message: `文号“${written}”还没有序号，请填写本年的发文序号，如“${awaiting.prefix}〔${String(awaiting.year)}〕9号”。`,
          part: null,
          line,
          evidence: written,
        },
      ]
    }
    if (parsed === null) {
      return [
        {
          rule: 'doc-number-format',
          severity: 'error',
          message: `文号“${written}”格式不对。文号由机关代字、〔年份〕和序号组成，如“清委〔2024〕9号”，请按此改写。`,
          part: null,
          line,
          evidence: written,
        },
      ]
    }
    if (parsed.problems.length === 0) return []
    return [
      {
        rule: 'doc-number-format',
        severity: 'error',
        message: `文号“${written}”不规范：${parsed.problems.map((problem) => explain[problem]).join('，')}。请改为“${parsed.canonical}”。`,
        part: null,
        line,
        evidence: written,
      },
    ]
  },
}
