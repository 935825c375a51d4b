// A 成文日期 inside the year the report is about (a report on 2025 dated 2025年12月20日): the report sums up
// the whole year, and its last weeks had yet to happen when it was signed. Usually the date of a draft
// begun in December and never updated. A warning: some counties do ask for the report before 31 December.
// Dates that do not fit the year at all are year-conflict's, dates still to come date-in-future's.
import { parseDateText } from '../../date-text'
import type { Finding } from '../finding'
import { isFutureDate } from '../future-date'
import type { Rule } from '../rule'

export const dateBeforeYearEnd: Rule = {
  id: 'date-before-year-end',
  name: '成文日期早于年度结束',
  run: ({ report, year, yearDecision, today }): Finding[] => {
    const written = report.meta.dateText
    if (written === null || year === null || yearDecision.disagreeing.includes('date')) return []
    const date = parseDateText(written)
    if (date === null || date.iso > `${String(year)}-12-31` || isFutureDate(date.iso, today)) return []
    return [
      {
        rule: 'date-before-year-end',
        severity: 'warning',
        message: `成文日期“${written}”在${String(year)}年结束之前，而本报告总结的是${String(year)}年全年的工作。年度报告一般在次年1月1日至3月1日之间成文，请核对日期；确需年内报送的，可不修改。`,
        part: null,
        line: report.meta.source?.lines.dateText ?? null,
        evidence: written,
      },
    ]
  },
}
