// A 成文日期 after the day of the check: the day the 负责人 signs has not come yet, so the date is a slip
// (2052 for 2025, 12月 for 1月) or a guess that will be wrong once the report is signed. The core reads no
// clock: the day comes from the caller (CheckOptions.today), and without it this rule alone stays silent.
// Other rules leave a future date to this one (future-date.ts), so one slip is one finding.
import { formatDateText, parseDateText } from '../../date-text'
import type { Finding } from '../finding'
import { isFutureDate } from '../future-date'
import type { Rule } from '../rule'

function dayOf(iso: string): string {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number)
  return formatDateText({ year, month, day })
}

export const dateInFuture: Rule = {
  id: 'date-in-future',
  name: '成文日期尚未到来',
  run: ({ report, today }): Finding[] => {
    const written = report.meta.dateText
    if (written === null || today === null) return []
    const date = parseDateText(written)
    if (date === null || !isFutureDate(date.iso, today)) return []
    return [
      {
        rule: 'date-in-future',
        severity: 'error',
        message: `成文日期“${written}”晚于今天（${dayOf(today)}），这一天还没有到。成文日期是负责人签发的日期，请核对并改正；尚未签发的，签发后再填写。`,
        part: null,
        line: report.meta.source?.lines.dateText ?? null,
        evidence: written,
      },
    ]
  },
}
