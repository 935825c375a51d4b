// The `check --json` object, exactly the shape in cli.md (plus printedBy / printedDate in meta
// and `figures` per item, which cli.md leaves open, and each finding's `evidence`).
import type { CheckResult } from '../../renderer/core/check/check-report'
import type { Finding } from '../../renderer/core/check/finding'
import { parseDateText } from '../../renderer/core/date-text'
import type { Report } from '../../renderer/core/report'

export interface CheckJson {
  readonly file: string
  readonly reportYear: number | null
  readonly meta: {
    readonly issuers: readonly string[]
    readonly docNumber: string | null
    readonly signer: string | null
    readonly recipients: string | null
    readonly issuerMark: string | null
    readonly title: string | null
    readonly date: string | null
    readonly note: string | null
    readonly copyTo: string | null
    readonly printedBy: string | null
    readonly printedDate: string | null
  }
  readonly parts: readonly { readonly id: string; readonly status: string; readonly heading: string | null }[]
  readonly items: readonly {
    readonly id: string
    readonly status: string
    readonly figures: boolean | null
  }[]
  readonly findings: readonly {
    readonly rule: string
    readonly severity: Finding['severity']
    readonly message: string
    readonly part: string | null
    readonly line: number | null
    /** Up to 30 characters of the text the finding is about; null when it is about something missing. */
    readonly evidence: string | null
  }[]
  readonly complete: boolean
}

function isoDate(text: string | null): string | null {
  return text === null ? null : (parseDateText(text)?.iso ?? null)
}

export function checkJson(file: string, report: Report, result: CheckResult): CheckJson {
  const { meta } = report
  return {
    file,
    reportYear: result.reportYear,
    meta: {
      issuers: meta.issuers,
      docNumber: meta.docNumber,
      signer: meta.signer,
      recipients: meta.recipients,
      issuerMark: meta.issuerMark,
      title: meta.title,
      date: isoDate(meta.dateText),
      note: meta.note,
      copyTo: meta.copyTo,
      printedBy: meta.printedBy,
      printedDate: isoDate(meta.printedDateText),
    },
    parts: result.parts.map(({ id, status, heading }) => ({ id, status, heading })),
    items: result.items.map(({ id, status, figures }) => ({ id, status, figures })),
    findings: result.findings.map(({ rule, severity, message, part, line, evidence }) => ({
      rule,
      severity,
      message,
      part,
      line,
      evidence: evidence ?? null,
    })),
    complete: result.complete,
  }
}
