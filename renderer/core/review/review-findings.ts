// Every finding of a review as one flat list — content findings, failed layout checks, unreadable
// files — for the findings sheet of the .xlsx, the HTML page and the app's findings panel.
import type { Severity } from '../check/finding'
import type { SourceLine } from '../report'
import { formatCheckLabels } from './format-conformance'
import { contentRuleName } from './review-rule-name'
import type { ReviewSummary } from './review-summary'

/** file: the file could not be read; content: check-report findings; format: a failed layout check. */
export type FindingSource = 'file' | 'content' | 'format'

export const findingSourceLabels: Readonly<Record<FindingSource, string>> = {
  file: '读取',
  content: '内容',
  format: '版式',
}
export const severityLabels: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
}

export interface ReviewFinding {
  readonly file: string
  readonly source: FindingSource
  readonly severity: Severity
  /** A check-report rule id, `format:<check id>`, or the AppError code of an unreadable file. */
  readonly rule: string
  /** The rule for people, in Chinese (review-rule-name.ts): what the outputs show in place of the id. */
  readonly ruleName: string
  readonly part: string | null
  readonly line: SourceLine
  readonly message: string
}

export function reviewFindings(summary: ReviewSummary): ReviewFinding[] {
  return summary.rows.flatMap((row): ReviewFinding[] => {
    const unreadable: ReviewFinding[] =
      row.error === null
        ? []
        : [
            {
              file: row.file,
              source: 'file',
              severity: 'error',
              rule: row.error.code,
              ruleName: '无法读取',
              part: null,
              line: null,
              message: row.error.message,
            },
          ]
    const format = (row.format?.checks ?? [])
      .filter((check) => check.status === 'fail')
      .map((check): ReviewFinding => ({
        file: row.file,
        source: 'format',
        severity: 'error',
        rule: `format:${check.id}`,
        ruleName: formatCheckLabels[check.id],
        part: null,
        line: null,
        message: check.message,
      }))
    const content = row.findings.map(({ rule, severity, part, line, message }): ReviewFinding => ({
      file: row.file,
      source: 'content',
      severity,
      rule,
      ruleName: contentRuleName(rule),
      part,
      line,
      message,
    }))
    return [...unreadable, ...content, ...format]
  })
}
