// A finding is data, not an error: what is wrong or missing, how serious, where, and what to do.
import type { SourceLine } from '../report'

/** error: a reviewer sends the report back; warning: should be fixed; info: worth a look. */
export type Severity = 'error' | 'warning' | 'info'

/** One text change: `find` becomes `replace` wherever it stands in the place the finding points at. */
export interface TextReplacement {
  readonly find: string
  readonly replace: string
}

/** The replacements to make in one more block, by its line (a finding that counts several places). */
export interface BlockReplacements {
  readonly line: number
  readonly replacements: readonly TextReplacement[]
}

/**
 * Each `find` becomes its `replace` in the finding's block, or in the 标题 (a metadata field, no block); and, for
 * a finding that stands for the same mistake in several places (check/repeated-findings.ts), in each block of
 * `elsewhere` too, so its one click corrects every place it counts.
 */
export interface ReplaceFix {
  readonly kind: 'replace'
  /** The button, in Chinese: 改为“法治政府”, 改为全角标点（共12处）. */
  readonly label: string
  readonly target: 'block' | 'title'
  readonly replacements: readonly TextReplacement[]
  readonly elsewhere?: readonly BlockReplacements[]
}

/** A paragraph of its own after the finding's block (特此报告。 after the last one). */
export interface AppendFix {
  readonly kind: 'append-paragraph'
  readonly label: string
  readonly text: string
}

/** Takes an optional part out of the report (其他需要报告的情况, left empty: 没有可以不写). */
export interface RemovePartFix {
  readonly kind: 'remove-part'
  readonly label: string
  readonly partId: string
}

/**
 * A correction the writer can make in one click, as data: the editor makes it where the finding points, and the
 * live check, run again, no longer finds it.
 */
export type TextFix = ReplaceFix | AppendFix | RemovePartFix

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
  /**
   * Up to 30 characters of the text the finding is about, as written (check/evidence.ts); absent when the
   * finding is about something missing, which has no text to quote.
   */
  readonly evidence?: string
  /** When the correction is certain enough to offer as one click. */
  readonly fix?: TextFix
}
