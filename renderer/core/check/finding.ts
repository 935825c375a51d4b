// A finding is data, not an error: what is wrong or missing, how serious, where, and what to do.
import type { SourceLine } from '../report'

/** error: a reviewer sends the report back; warning: should be fixed; info: worth a look. */
export type Severity = 'error' | 'warning' | 'info'

/** One text change: `find` becomes `replace` wherever it stands in the place the finding points at. */
export interface TextReplacement {
  readonly find: string
  readonly replace: string
}

/**
 * A correction the writer can make in one click (改为“法治政府”), as data: the editor applies it to the finding's
 * block (or to the 标题, which is no block), and the live check, run again, no longer finds it.
 */
export interface TextFix {
  /** The button, in Chinese: 改为“法治政府”, 改为全角标点. */
  readonly label: string
  readonly target: 'block' | 'title'
  readonly replacements: readonly TextReplacement[]
}

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
  /** When the correction is certain enough to offer as one click. */
  readonly fix?: TextFix
}
