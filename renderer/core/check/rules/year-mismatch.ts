// Years in the title and headings that do not fit the report year: the usual trace of a report
// copied from last year (a 2023 report whose headings still say 2022年). The 成文日期, and a title the
// date and body outvoted, are year-conflict's: one problem, one finding.
import type { Finding } from '../finding'
import { replaceFix } from '../replace-fix'
import type { Rule } from '../rule'

const yearPattern = /((?:19|20)\d{2})年/g

function yearsIn(text: string): number[] {
  return [...text.matchAll(yearPattern)].map((match) => Number(match[1]))
}

export const yearMismatch: Rule = {
  id: 'year-mismatch',
  name: '年份与报告年度不符',
  run: ({ year, yearDecision, segments }) => {
    if (year === null) return []
    // When the body itself speaks of another year, which side is stale is not certain: say so, fix nothing.
    const contested =
      yearDecision.disagreeing.includes('body') &&
      (yearDecision.source === 'title' || yearDecision.source === 'date')
    const findings: Finding[] = []
    for (const segment of segments) {
      if (segment.kind === 'text') continue
      if (segment.kind === 'title' && yearDecision.source === 'date-and-body') continue
      const isPlan = segment.partId === 'next-year'
      // The plan part is about next year; a sub-heading may still mention this year (回顾).
      const allowed =
        segment.kind === 'part-heading'
          ? segment.partId === null
            ? [year, year + 1]
            : [isPlan ? year + 1 : year]
          : segment.kind === 'title'
            ? [year]
            : isPlan
              ? [year, year + 1]
              : [year]
      const wrong = yearsIn(segment.text).find((found) => !allowed.includes(found))
      if (wrong === undefined) continue
      const expected = allowed[allowed.length - 1] ?? year
      const what = segment.kind === 'title' ? '标题' : `标题“${segment.raw}”`
      const written = `${String(wrong)}年`
      findings.push({
        rule: 'year-mismatch',
        severity: 'error',
        message: `${what}写的是${String(wrong)}年，本报告是${String(year)}年度报告${wrong < year ? '，可能沿用了上一年的报告' : ''}。请改为“${String(expected)}年”。`,
        part: segment.partId,
        line: segment.line,
        // found without spaces; offered when written so (not 2022 年)
        ...(!contested && segment.raw.includes(written)
          ? {
              fix: replaceFix(segment, `改为“${String(expected)}年”`, [
                { find: written, replace: `${String(expected)}年` },
              ]),
            }
          : {}),
      })
    }
    return findings
  },
}
