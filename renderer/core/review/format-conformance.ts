// The format conformance of a submitted .docx (gbt9704-layout.md) as data: one check per layout rule a
// county reviewer sends a file back for. Defined here, not next to the checks in renderer/docx/conformance,
// so the review summary (core) can hold it without reaching into a file-format adapter.

export const formatCheckIds = [
  'page-size',
  'page-margins',
  'line-grid',
  'body-font',
  'body-size',
  'doc-number',
  'page-numbers',
  'imprint',
] as const

export type FormatCheckId = (typeof formatCheckIds)[number]

/** pass / fail, or na when the document has no such element (a public version without 文号 or 版记). */
export type FormatStatus = 'pass' | 'fail' | 'na'

export interface FormatCheck {
  readonly id: FormatCheckId
  readonly status: FormatStatus
  /** Chinese: what was found, and on failure what GB/T 9704 wants. */
  readonly message: string
}

export interface FormatConformance {
  /** One entry per id of formatCheckIds, in that order. */
  readonly checks: readonly FormatCheck[]
  /** No check failed. */
  readonly conforming: boolean
}

/** Short column headers for the summary table. */
export const formatCheckLabels: Readonly<Record<FormatCheckId, string>> = {
  'page-size': '纸张',
  'page-margins': '页边距',
  'line-grid': '行列',
  'body-font': '正文字体',
  'body-size': '正文字号',
  'doc-number': '文号',
  'page-numbers': '页码',
  imprint: '版记',
}

export function formatConformance(checks: readonly FormatCheck[]): FormatConformance {
  return { checks, conforming: !checks.some((check) => check.status === 'fail') }
}
