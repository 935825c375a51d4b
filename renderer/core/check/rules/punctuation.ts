// 主送机关 ends with a full-width colon (GB/T 9704 §7.3.2); a half-width ":" or none is a
// typesetting error reviewers mark.
import type { Finding } from '../finding'
import type { Rule } from '../rule'

export const punctuation: Rule = {
  id: 'punctuation',
  name: '主送机关标点',
  run: ({ report }): Finding[] => {
    const { recipients, source } = report.meta
    const colon = source?.recipientsColon ?? null
    if (recipients === null || colon === null || colon === '：') return []
    const problem = colon === '' ? '后缺少冒号' : '后用了半角冒号“:”'
    return [
      {
        rule: 'punctuation',
        severity: 'warning',
        message: `主送机关“${recipients}”${problem}。请改为全角冒号：“${recipients}：”。`,
        part: null,
        line: source?.lines.recipients ?? null,
      },
    ]
  },
}
