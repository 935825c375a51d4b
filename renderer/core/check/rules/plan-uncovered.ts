// Last year's plans (meta.lastYear, set by rollover) that this year's text does not yet report on.
// A warning, not an error: a plan may have been dropped for good reason, but a reviewer asks.
import { planCoverage } from '../../rollover/plan-coverage'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

export const planUncovered: Rule = {
  id: 'plan-uncovered',
  name: '上年计划未写落实情况',
  run: ({ report, template }) =>
    planCoverage(report, template)
      .filter((entry) => !entry.covered)
      .map((entry): Finding => ({
        rule: 'plan-uncovered',
        severity: 'warning',
        message: `去年计划：“${entry.plan.text}”——今年的落实情况还没有写，请在主要举措和成效中写明做了什么、有何成效。`,
        part: 'measures',
        line: null,
      })),
}
