// One row of the county office's review: what a reviewer reads off one submitted report — who issued
// it, for which year, when, whether it met the 3月1日 deadline, part and item statuses, the writing
// findings, the .docx layout — and whether it goes back. Plain data: it crosses IPC and goes into JSON.
import type { CheckResult } from '../check/check-report'
import type { Finding } from '../check/finding'
import type { PartState } from '../check/part-status'
import { parseDateText } from '../date-text'
import { submissionDeadlines } from '../deadlines'
import type { FileKind } from '../file-kind'
import type { Report } from '../report'
import type { AppError } from '../result'
import type { FormatConformance } from './format-conformance'

export interface ReviewDeadline {
  /** Last day to report upward (YYYY-MM-DD): the last day of February after the report year. */
  readonly due: string
  /** null when the report carries no readable 成文日期. */
  readonly onTime: boolean | null
}

export type SendBackReason = 'unreadable' | 'incomplete' | 'format'

export interface ReviewRow {
  /** Path relative to the reviewed folder, with / separators. */
  readonly file: string
  /** null when the file's kind could not be told (empty, unsupported). */
  readonly kind: FileKind | null
  readonly readable: boolean
  /** Why the report's text could not be read; null when it was. */
  readonly error: AppError | null
  /** 署名 (issuing bodies joined by 、), else 发文机关标志, else 印发机关. */
  readonly issuer: string | null
  readonly reportYear: number | null
  /** 成文日期 as ISO YYYY-MM-DD. */
  readonly date: string | null
  readonly deadline: ReviewDeadline | null
  readonly complete: boolean | null
  readonly parts: readonly {
    readonly id: string
    readonly status: PartState
    readonly heading: string | null
  }[]
  readonly items: readonly {
    readonly id: string
    readonly status: 'present' | 'missing'
    readonly figures: boolean | null
  }[]
  /** Ids of required items the report does not cover. */
  readonly missingItems: readonly string[]
  /** Ids of covered items whose sentences give no figure. */
  readonly itemsWithoutFigures: readonly string[]
  readonly findings: readonly Finding[]
  /** Layout against GB/T 9704; null for .txt/.fznb or a .docx whose package could not be opened. */
  readonly format: FormatConformance | null
  /** Why a reviewer returns the report; empty when it passes. */
  readonly sendBack: readonly SendBackReason[]
}

function isoDate(text: string | null): string | null {
  return text === null ? null : (parseDateText(text)?.iso ?? null)
}

function issuerOf(report: Report): string | null {
  const { issuers, issuerMark, printedBy } = report.meta
  if (issuers.length > 0) return issuers.join('、')
  return issuerMark?.replace(/\n/g, '、').replace(/文件$/, '') ?? printedBy
}

function deadlineOf(reportYear: number | null, date: string | null): ReviewDeadline | null {
  if (reportYear === null) return null
  const [upward] = submissionDeadlines(reportYear, date ?? `${String(reportYear + 1)}-01-01`)
  if (upward === undefined) return null
  return { due: upward.due, onTime: date === null ? null : upward.daysLeft >= 0 }
}

function sendBackOf(
  readable: boolean,
  complete: boolean | null,
  format: FormatConformance | null,
): SendBackReason[] {
  const reasons: SendBackReason[] = []
  if (!readable) reasons.push('unreadable')
  if (complete === false) reasons.push('incomplete')
  if (format !== null && !format.conforming) reasons.push('format')
  return reasons
}

export interface ReviewInput {
  readonly file: string
  readonly kind: FileKind
  readonly report: Report
  readonly check: CheckResult
  readonly format: FormatConformance | null
}

export function reviewRow({ file, kind, report, check, format }: ReviewInput): ReviewRow {
  const date = isoDate(report.meta.dateText) ?? isoDate(report.meta.printedDateText)
  return {
    file,
    kind,
    readable: true,
    error: null,
    issuer: issuerOf(report),
    reportYear: check.reportYear,
    date,
    deadline: deadlineOf(check.reportYear, date),
    complete: check.complete,
    parts: check.parts.map(({ id, status, heading }) => ({ id, status, heading })),
    items: check.items.map(({ id, status, figures }) => ({ id, status, figures })),
    missingItems: check.items.filter((item) => item.status === 'missing').map((item) => item.id),
    itemsWithoutFigures: check.items.filter((item) => item.figures === false).map((item) => item.id),
    findings: check.findings.map(({ rule, severity, message, part, line }) => ({
      rule,
      severity,
      message,
      part,
      line,
    })),
    format,
    sendBack: sendBackOf(true, check.complete, format),
  }
}

/** A file that could not be read as a report: reported as such, the batch goes on. */
export function unreadableRow(
  file: string,
  kind: FileKind | null,
  error: AppError,
  format: FormatConformance | null,
): ReviewRow {
  return {
    file,
    kind,
    readable: false,
    error,
    issuer: null,
    reportYear: null,
    date: null,
    deadline: null,
    complete: null,
    parts: [],
    items: [],
    missingItems: [],
    itemsWithoutFigures: [],
    findings: [],
    format,
    sendBack: sendBackOf(false, null, format),
  }
}
