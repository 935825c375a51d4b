// The title, the 成文日期 and the body should name the same report year (report-year.ts weighs them).
// When the date and the body agree and the title does not, the title was copied from last year: an
// error with a one-click fix. Any other contradiction is named once, as a warning, because it cannot be
// told which side is wrong. The date's fit is judged only here (year-mismatch judges the headings).
import type { ReportYearDecision } from '../../import/report-year'
import type { Finding } from '../finding'
import { isFutureDate } from '../future-date'
import { replaceFix } from '../replace-fix'
import type { Rule } from '../rule'
import type { CheckContext, Segment } from '../check-context'

const yearInTitle = /(?:19|20)\d{2}\s*年/g

function titleFinding(context: CheckContext, decision: ReportYearDecision, year: number): Finding {
  const titleYear = decision.evidence.title ?? year
  const title = context.segments.find((segment) => segment.kind === 'title')
  const dateText = context.report.meta.dateText ?? ''
  const stale = titleYear < year ? '标题可能沿用了上一年的报告' : '标题的年份可能写错了'
  return {
    rule: 'year-conflict',
    severity: 'error',
    message: `标题写的是${String(titleYear)}年，但成文日期“${dateText}”和正文都表明这是${String(year)}年度报告，${stale}。请将标题改为“${String(year)}年”。`,
    part: null,
    line: title?.line ?? null,
    ...(title === undefined ? {} : titleFix(title, titleYear, year)),
  }
}

/** Offered only when the title names one year, so the replacement cannot touch anything else. */
function titleFix(title: Segment, from: number, to: number): Pick<Finding, 'fix'> {
  const written = [...title.raw.matchAll(yearInTitle)].map((match) => match[0])
  const [only] = written
  if (written.length !== 1 || only === undefined || !only.startsWith(String(from))) return {}
  return {
    fix: replaceFix(title, `改为“${String(to)}年”`, [
      { find: only, replace: only.replace(String(from), String(to)) },
    ]),
  }
}

/** What set the year, as the writer reads it. */
function basisOf(decision: ReportYearDecision, year: number, dateText: string): string {
  switch (decision.source) {
    case 'explicit':
      return `本报告的年度设为${String(year)}年`
    case 'date':
      return `成文日期“${dateText}”表明这是${String(year)}年度报告`
    default:
      return `标题写的是${String(year)}年`
  }
}

function contradictionFinding(
  context: CheckContext,
  decision: ReportYearDecision,
  year: number,
): Finding | null {
  // a date still to come is date-in-future's finding, whatever year it names
  const future = decision.evidence.date !== null && isFutureDate(decision.evidence.date.iso, context.today)
  const dateOff = decision.disagreeing.includes('date') && !future
  const body = decision.disagreeing.includes('body') ? decision.evidence.body : null
  if (!dateOff && body === null) return null
  const { meta } = context.report
  const dateText = meta.dateText ?? ''
  const basis = basisOf(decision, year, dateText)
  const dateLine = meta.source?.lines.dateText ?? null
  if (dateOff && body !== null)
    return {
      rule: 'year-conflict',
      severity: 'warning',
      message: `${basis}，但成文日期“${dateText}”和正文（${String(body.year)}年）与之不符。请核对标题、成文日期和正文的年份。`,
      part: null,
      line: dateLine,
      evidence: dateText,
    }
  if (dateOff) {
    const older = decision.evidence.date !== null && decision.evidence.date.year <= year
    return {
      rule: 'year-conflict',
      severity: 'warning',
      message: `${basis}，但成文日期“${dateText}”不是${String(year)}年度报告的日期（年度报告一般在次年3月1日前报送）${older ? '，可能沿用了上一年的日期' : ''}。请核对成文日期和标题年份。`,
      part: null,
      line: dateLine,
      evidence: dateText,
    }
  }
  if (body === null) return null
  return {
    rule: 'year-conflict',
    severity: 'warning',
    message: `${basis}，但正文写的是${String(body.year)}年（如“${body.evidence}”）。请核对${decision.source === 'date' ? '成文日期' : '标题'}和正文的年份。`,
    part: null,
    line: body.line,
    evidence: body.evidence,
  }
}

export const yearConflict: Rule = {
  id: 'year-conflict',
  name: '报告年度前后矛盾',
  run: (context): Finding[] => {
    const decision = context.yearDecision
    const { year } = decision
    if (year === null) return []
    if (decision.source === 'date-and-body') return [titleFinding(context, decision, year)]
    const finding = contradictionFinding(context, decision, year)
    return finding === null ? [] : [finding]
  },
}
