// The one-line summary of a check shown in the panel and the status bar: 6/6 部分 · 12/14 必报事项.
import type { CheckResult } from '../core/check/check-report'
import type { Template } from '../core/template-schema'

export interface CheckSummary {
  readonly partsPresent: number
  readonly partsRequired: number
  readonly itemsPresent: number
  readonly itemsTotal: number
  readonly errors: number
  readonly text: string
}

export function summarizeCheck(result: CheckResult, template: Template): CheckSummary {
  const required = new Set(template.parts.filter((part) => part.required).map((part) => part.id))
  const partsPresent = result.parts.filter(
    // a heading with nothing under it (every part of a new report) is not written yet
    (part) => required.has(part.id) && part.status !== 'missing' && !part.empty,
  ).length
  const itemsPresent = result.items.filter((item) => item.status === 'present').length
  const errors = result.findings.filter((finding) => finding.severity === 'error').length
  const head = `${String(partsPresent)}/${String(required.size)} 部分 · ${String(itemsPresent)}/${String(result.items.length)} 必报事项`
  return {
    partsPresent,
    partsRequired: required.size,
    itemsPresent,
    itemsTotal: result.items.length,
    errors,
    text: result.complete ? `${head} · 完整` : `${head} · ${String(errors)} 处需补充`,
  }
}
