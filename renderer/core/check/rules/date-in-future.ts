// A 成文日期 after the day of the check: the day the 负责人 signs has not come yet, so the date is a slip
// (2052 for 2025, 12月 for 1月) or a guess that will be wrong once the report is signed. The core reads no
// clock: the day comes from the caller (CheckOptions.today), and without it this rule alone stays silent.
// Other rules leave a future date to this one (future-date.ts), so one slip is one finding.
import { formatDateText, parseDateText } from '../../date-text'
import type { Finding } from '../finding'
import { isFutureDate } from '../future-date'
import type { Rule } from '../rule'

/**
 * A date a few weeks ahead is the day the report is planned to be signed, written in while drafting: worth a
 * warning. One further out is a slip (2052 for 2025, 12月 for 1月), and the report is not done with it.
 */
const PLANNED_DAYS = 31

function daysBetween(fromIso: string, toIso: string): number {
  const utc = (iso: string): number => {
    const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
    return Date.UTC(year, month - 1, day)
  }
  return Math.round((utc(toIso) - utc(fromIso)) / 86_400_000)
}

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
    const planned = daysBetween(today, date.iso) <= PLANNED_DAYS
    return [
      {
        rule: 'date-in-future',
        severity: planned ? 'warning' : 'error',
        message: planned
          ? `成文日期“${written}”晚于今天（${dayOf(today)}），是预定的签发日期吗？成文日期以负责人签发的日期为准，签发时请核对。`
          : `成文日期“${written}”晚于今天（${dayOf(today)}），这一天还没有到。成文日期是负责人签发的日期，请核对并改正；尚未签发的，签发后再填写。`,
        part: null,
        line: report.meta.source?.lines.dateText ?? null,
        evidence: written,
      },
    ]
  },
}
