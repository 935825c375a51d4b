// The year a report is about, decided as a county reviewer decides it: from the title (2023年法治政府建设
// 年度报告), the 成文日期 and the body (2023年，我镇……), weighed against each other. Most reports start as
// last year's, and the title is the line writers forget: a title that says 2022年 over a body about 2023
// signed in January 2024 is stale, and believing it would turn every other finding upside down.
// Import (blocks-to-report) and check (check-context) both decide here, so they agree.
import { parseDateText, type DateText } from '../date-text'
import { blockText, type Block, type ReportMeta } from '../report'
import { bodyYear, type BodyYear } from './body-year'

export interface YearEvidence {
  /** The first year written in the title. */
  readonly title: number | null
  /** The 成文日期, parsed. */
  readonly date: DateText | null
  readonly body: BodyYear | null
}

/** Which evidence set the year; `date-and-body` means they outvoted the title. */
export type YearSource = 'explicit' | 'title' | 'date-and-body' | 'date' | 'body' | 'headings'

export interface ReportYearDecision {
  readonly year: number | null
  readonly source: YearSource | null
  readonly evidence: YearEvidence
  /** The evidence that does not fit the year (the title only when it was outvoted or overridden). */
  readonly disagreeing: readonly ('title' | 'date' | 'body')[]
}

const yearPattern = /((?:19|20)\d{2})\s*年/

function firstYear(text: string | null): number | null {
  if (text === null) return null
  const match = yearPattern.exec(text)
  return match === null ? null : Number(match[1])
}

/** Reports are due by 1 March; one dated October or later is an end-of-year report on the same year. */
function yearFromDate(date: DateText): number {
  return date.month >= 10 ? date.year : date.year - 1
}

/**
 * A date the report on `year` can carry: from October of that year to September of the next. One signed
 * after 1 March is late (date-after-deadline names it), not about another year.
 */
function dateFitsYear(date: DateText, year: number): boolean {
  return yearFromDate(date) === year
}

function gatherYearEvidence(
  meta: Pick<ReportMeta, 'title' | 'dateText'>,
  body: readonly Block[],
): YearEvidence {
  return {
    title: firstYear(meta.title),
    date: meta.dateText === null ? null : parseDateText(meta.dateText),
    body: bodyYear(body),
  }
}

/** The last resort of a report with no title, date or body year: the earliest year in a heading (一、2023年…). */
function headingsYear(body: readonly Block[]): number | null {
  const years = body
    .filter((block) => block.kind === 'heading')
    .map((block) => firstYear(blockText(block)))
    .filter((year): year is number => year !== null)
  // reduce, not Math.min(...years): a spread of many headings overflows the stack
  return years.length > 0 ? years.reduce((least, year) => Math.min(least, year)) : null
}

function inferred(
  evidence: YearEvidence,
  body: readonly Block[],
): Pick<ReportYearDecision, 'year' | 'source'> {
  const { title, date } = evidence
  const fromBody = evidence.body?.year ?? null
  if (title !== null) {
    // The title wins unless the date and the body agree on another year between them.
    const outvoted =
      date !== null &&
      fromBody !== null &&
      fromBody !== title &&
      dateFitsYear(date, fromBody) &&
      !dateFitsYear(date, title)
    return outvoted ? { year: fromBody, source: 'date-and-body' } : { year: title, source: 'title' }
  }
  if (date !== null) return { year: yearFromDate(date), source: 'date' }
  if (fromBody !== null) return { year: fromBody, source: 'body' }
  const fromHeadings = headingsYear(body)
  return fromHeadings === null ? { year: null, source: null } : { year: fromHeadings, source: 'headings' }
}

/**
 * `meta.reportYear` is kept when it differs from what the evidence says: the writer set it (a report
 * created in the app, or a year corrected in the form). When it equals the evidence's year it is the one
 * import stored, and the decision keeps the evidence's reasons so the check can still name a stale title.
 */
export function decideReportYear(
  meta: Pick<ReportMeta, 'title' | 'dateText' | 'reportYear'>,
  body: readonly Block[],
): ReportYearDecision {
  const evidence = gatherYearEvidence(meta, body)
  const fromEvidence = inferred(evidence, body)
  const { year, source } =
    meta.reportYear !== null && meta.reportYear !== fromEvidence.year
      ? { year: meta.reportYear, source: 'explicit' as const }
      : fromEvidence
  if (year === null) return { year, source, evidence, disagreeing: [] }
  const disagreeing: ('title' | 'date' | 'body')[] = []
  if (evidence.title !== null && evidence.title !== year) disagreeing.push('title')
  if (evidence.date !== null && !dateFitsYear(evidence.date, year)) disagreeing.push('date')
  if (evidence.body !== null && evidence.body.year !== year) disagreeing.push('body')
  return { year, source, evidence, disagreeing }
}

export function inferReportYear(
  meta: Pick<ReportMeta, 'title' | 'dateText' | 'reportYear'>,
  body: readonly Block[],
): number | null {
  return decideReportYear(meta, body).year
}
