// What the open report is checked for as it is written: the check (findings, parts, items), its one-line summary
// and last year's plans against this year's text. A module of its own so the app loads it with the first report,
// not at start: the check brings its rules, the term lists and OpenCC's dictionaries, 165 KB of the start's 580.
import { checkReport, type CheckResult } from '../core/check/check-report'
import type { Report } from '../core/report'
import { planCoverage, type PlanCoverage } from '../core/rollover/plan-coverage'
import type { Template } from '../core/template-schema'
import { summarizeCheck, type CheckSummary } from './check-summary'

export interface LiveCheck {
  /** The template the report was checked against. */
  readonly template: Template
  readonly check: CheckResult
  readonly summary: CheckSummary
  readonly plans: readonly PlanCoverage[]
}

/** `today` is the caller's day (YYYY-MM-DD), so a session left open past midnight judges dates by the new day. */
export function liveCheck(report: Report, template: Template, today: string): LiveCheck {
  const check = checkReport(report, template, { today })
  return { template, check, summary: summarizeCheck(check, template), plans: planCoverage(report, template) }
}
