// A figure field left empty (【　】, from an inserted sentence skeleton or typed by hand): the report
// would go upward with a blank where the reviewer expects a number.
import type { Finding } from '../finding'
import type { Rule } from '../rule'

const emptyField = /【[\s\u3000]*】/g

export const fieldUnfilled: Rule = {
  id: 'field-unfilled',
  name: '数字未填写',
  run: ({ segments }) =>
    segments.flatMap((segment): Finding[] => {
      const count = [...segment.raw.matchAll(emptyField)].length
      if (count === 0) return []
      const lead = segment.raw.replace(emptyField, '【　】').slice(0, 24)
      return [
        {
          rule: 'field-unfilled',
          severity: 'error',
          message: `“${lead}……”中还有 ${String(count)} 处数字未填写【　】，请填写实际数字；确实没有的写“0”或“无”。`,
          part: segment.partId,
          line: segment.line,
        },
      ]
    }),
}
