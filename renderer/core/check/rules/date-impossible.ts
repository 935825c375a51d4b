// A 成文日期 or 印发日期 that names no day of the calendar (2月30日, 4月31日, 13月, 0日, 2月29日 of a common
// year): a typing slip that no reader can resolve, and an error a reviewer sends back. date-format, which
// would suggest the same impossible day in the standard form, stays silent on it.
import { dateExists, daysInMonth, readDateText, type DateParts } from '../../date-text'
import type { Finding } from '../finding'
import { metaDates } from '../meta-dates'
import type { Rule } from '../rule'

/** Why the day does not exist, as the writer would check it against a calendar. */
function whyNot({ year, month, day }: DateParts): string {
  if (month < 1 || month > 12) return `一年只有12个月，没有“${String(month)}月”`
  if (day < 1) return `日期从1日起算，没有“${String(day)}日”`
  const days = daysInMonth(year, month)
  if (month === 2 && day === 29) return `${String(year)}年不是闰年，2月只有28天`
  return `${String(year)}年${String(month)}月只有${String(days)}天`
}

function check(label: string, written: string | null, line: number | null): Finding[] {
  if (written === null) return []
  const date = readDateText(written)
  if (date === null || dateExists(date)) return []
  return [
    {
      rule: 'date-impossible',
      severity: 'error',
      message: `${label}“${written}”不存在：${whyNot(date)}。请核对并改为实际的日期。`,
      part: null,
      line,
      evidence: written,
    },
  ]
}

export const dateImpossible: Rule = {
  id: 'date-impossible',
  name: '日期不存在',
  run: ({ report }) => metaDates(report).flatMap(({ label, written, line }) => check(label, written, line)),
}
