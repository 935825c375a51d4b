// 成文日期 and 印发日期 per GB/T 9704 §7.3.5 / §7.4.3: arabic digits, no leading zeros (2024年3月18日).
import { dateExists, formatDateText, readDateText, type DateProblem } from '../../date-text'
import type { Finding } from '../finding'
import { metaDates } from '../meta-dates'
import type { Rule } from '../rule'

const explain: Readonly<Record<DateProblem, string>> = {
  'leading-zero': '月、日不编虚位（不写前导 0）',
  'chinese-numerals': '应使用阿拉伯数字',
  separator: '应写全“年”“月”“日”，不用点或横线',
}

function check(label: string, written: string | null, line: number | null): Finding[] {
  if (written === null) return []
  const parsed = readDateText(written)
  if (parsed === null) {
    return [
      {
        rule: 'date-format',
        severity: 'error',
        message: `${label}“${written}”无法识别。请写成“2024年3月18日”的形式。`,
        part: null,
        line,
        evidence: written,
      },
    ]
  }
  // a day that does not exist is date-impossible's: the standard form of it would still be wrong
  if (parsed.problems.length === 0 || !dateExists(parsed)) return []
  return [
    {
      rule: 'date-format',
      severity: 'error',
      message: `${label}“${written}”不规范：${parsed.problems.map((problem) => explain[problem]).join('，')}。请改为“${formatDateText(parsed)}”。`,
      part: null,
      line,
      evidence: written,
    },
  ]
}

export const dateFormat: Rule = {
  id: 'date-format',
  name: '日期写法',
  run: ({ report }) => metaDates(report).flatMap(({ label, written, line }) => check(label, written, line)),
}
