// A finding is data, not an error: what is wrong or missing, how serious, where, and what to do.
import type { SourceLine } from '../report'

/** error: a reviewer sends the report back; warning: should be fixed; info: worth a look. */
export type Severity = 'error' | 'warning' | 'info'

export interface Finding {
  /** The rule id (file name under check/rules/). */
  readonly rule: string
  readonly severity: Severity
  /** Chinese, telling the writer what to do. */
  readonly message: string
  /** The template part the finding is about, or null (metadata, unrecognised parts). */
  readonly part: string | null
  /** 1-based line of a text input or paragraph number of a .docx, where known. */
  readonly line: SourceLine
}
