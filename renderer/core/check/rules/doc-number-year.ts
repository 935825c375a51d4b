// The year in the 文号 is the year the document is issued (GB/T 9704 §7.2.4), so it matches the 成文日期:
// a report signed in January 2026 carries 〔2026〕. 〔2025〕 there is last year's 文号 left in the file the
// report was copied from. Judged only against a date that is itself trusted: one year-conflict or
// date-in-future names is settled first, or the right 文号 would be blamed for a wrong date.
import { parseDateText } from '../../date-text'
import { parseDocNumber, parseDocNumberAwaitingSerial } from '../../doc-number'
import type { Finding } from '../finding'
import { isFutureDate } from '../future-date'
import type { Rule } from '../rule'

export const docNumberYear: Rule = {
  id: 'doc-number-year',
  name: '文号年份与成文日期不符',
  run: ({ report, yearDecision, today }): Finding[] => {
    const { docNumber, dateText } = report.meta
    if (docNumber === null || dateText === null || yearDecision.disagreeing.includes('date')) return []
    const number = parseDocNumber(docNumber) ?? parseDocNumberAwaitingSerial(docNumber)
    const date = parseDateText(dateText)
    if (number === null || date === null || number.year === date.year || isFutureDate(date.iso, today))
      return []
    const stale = number.year < date.year ? '，可能沿用了上一年的文号' : ''
    return [
      {
        rule: 'doc-number-year',
        severity: 'warning',
        message: `文号“${docNumber}”的年份是${String(number.year)}年，成文日期“${dateText}”却在${String(date.year)}年${stale}。文号中的年份是发文的年份，应与成文日期一致：请改为“${number.prefix}〔${String(date.year)}〕”，并向办文部门核对序号。`,
        part: null,
        line: report.meta.source?.lines.docNumber ?? null,
        evidence: docNumber,
      },
    ]
  },
}
