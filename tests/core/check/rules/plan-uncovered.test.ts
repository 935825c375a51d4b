import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../../renderer/core/builtin-templates'
import { checkReport } from '../../../../renderer/core/check/check-report'
import type { Report } from '../../../../renderer/core/report'
import { rolloverReport } from '../../../../renderer/core/rollover/rollover-report'
import { check, goodReport } from '../good-report'

const template = findBuiltinTemplate('standard-2019')!

function rolledGood(): Report {
  const result = rolloverReport(check(goodReport).report, 2024)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe("plan-uncovered (last year's plans not reported on)", () => {
  it('is silent on a report that was not rolled over', () => {
    expect(check(goodReport).result.findings.filter((finding) => finding.rule === 'plan-uncovered')).toEqual(
      [],
    )
  })

  it('warns once per plan not yet written about, naming it', () => {
    const findings = checkReport(rolledGood(), template).findings.filter(
      (finding) => finding.rule === 'plan-uncovered',
    )
    expect(findings.map((finding) => finding.severity)).toEqual(['warning', 'warning'])
    expect(findings[0]!.message).toContain('针对执法规范化不足')
  })

  it("drops a plan once this year's measures cover it", () => {
    const report = rolledGood()
    const covered: Report = {
      ...report,
      parts: report.parts.map((part) =>
        part.id === 'measures'
          ? {
              ...part,
              blocks: [
                ...part.blocks,
                { kind: 'paragraph', runs: [{ text: '开展群众法治需求调研4次，收集意见36条。' }], line: 40 },
              ],
            }
          : part,
      ),
    }
    const findings = checkReport(covered, template).findings.filter(
      (finding) => finding.rule === 'plan-uncovered',
    )
    expect(findings).toHaveLength(1)
  })
})
