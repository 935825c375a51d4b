// The report on a year goes to the 上一级 before 1 March of the next (《法治政府建设与责任落实督察工作规定》
// 第二十五条): a 成文日期 after that is a report sent late, or a date typed wrong.
import { parseDateText } from '../../date-text'
import type { Finding } from '../finding'
import { isFutureDate } from '../future-date'
import type { Rule } from '../rule'

export const dateAfterDeadline: Rule = {
  id: 'date-after-deadline',
  name: '成文日期晚于报送期限',
  run: ({ report, year, yearDecision, today }): Finding[] => {
    const written = report.meta.dateText
    // A date that does not fit the year at all is year-conflict's finding, not a second one here.
    if (written === null || year === null || yearDecision.disagreeing.includes('date')) return []
    const date = parseDateText(written)
    if (date === null) return []
    const deadline = `${String(year + 1)}-03-01`
    // a date still to come is not (yet) a late one: date-in-future names it
    if (date.iso <= deadline || date.year > year + 1 || isFutureDate(date.iso, today)) return []
    return [
      {
        rule: 'date-after-deadline',
        severity: 'warning',
        message: `成文日期“${written}”晚于${String(year + 1)}年3月1日的报送时限。请核对日期；确实逾期报送的，请在报送时说明。`,
        part: null,
        line: report.meta.source?.lines.dateText ?? null,
        evidence: written,
      },
    ]
  },
}
