// Report + Template → statuses of parts and items, findings, and whether the report is complete
// (no `error` finding). The same result feeds the findings panel, the decorations and CLI --json.
// `options.today` comes from the caller's clock (check-context.ts says why the core reads none).
import type { Report } from '../report'
import type { Template } from '../template-schema'
import { attachEvidence } from './attach-evidence'
import { buildCheckContext, type CheckOptions } from './check-context'
import type { Finding } from './finding'
import type { ItemStatus } from './item-status'
import type { PartStatus } from './part-status'
import { rules } from './rules/index'

export interface CheckResult {
  readonly reportYear: number | null
  readonly parts: readonly PartStatus[]
  readonly items: readonly ItemStatus[]
  readonly findings: readonly Finding[]
  readonly complete: boolean
}

export function checkReport(report: Report, template: Template, options: CheckOptions = {}): CheckResult {
  const context = buildCheckContext(report, template, options)
  const findings = attachEvidence(
    rules.flatMap((rule) => rule.run(context)),
    context.segments,
  )
  return {
    reportYear: context.year,
    parts: context.parts,
    items: context.items,
    findings,
    complete: !findings.some((finding) => finding.severity === 'error'),
  }
}
