import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import type { Block, Report } from '../../../renderer/core/report'
import { planCoverage } from '../../../renderer/core/rollover/plan-coverage'
import { rolloverReport } from '../../../renderer/core/rollover/rollover-report'
import { fixtureReport } from '../../docx/helpers/fixture-reports'

const template = findBuiltinTemplate('standard-2019')!

function rolled(): Report {
  const result = rolloverReport(fixtureReport('qingjiang-2023'), 2024)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

function withMeasure(report: Report, text: string): Report {
  const paragraph: Block = { kind: 'paragraph', runs: [{ text }], line: 99 }
  return {
    ...report,
    parts: report.parts.map((part) =>
      part.id === 'measures' ? { ...part, blocks: [...part.blocks, paragraph] } : part,
    ),
  }
}

describe('planCoverage', () => {
  it("ticks nothing off while the text is still last year's", () => {
    expect(planCoverage(rolled(), template).map((entry) => entry.covered)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })

  it("ticks a plan off when this year's text speaks to it in other words", () => {
    const report = withMeasure(rolled(), '全年组织执法队伍业务培训3次，新增持证执法人员5名。')
    const coverage = planCoverage(report, template)
    expect(coverage.map((entry) => entry.covered)).toEqual([false, true, false, false])
    expect(coverage[1]).toMatchObject({ line: 99, partId: 'measures' })
  })

  it('counts synonyms from the template: 法治宣传 covers 普法宣传', () => {
    const report = withMeasure(rolled(), '开展法治宣传进村居活动52场。')
    expect(planCoverage(report, template)[3]?.covered).toBe(true)
  })

  it('ignores the next-year part: writing the plan again is not carrying it out', () => {
    const rolledReport = rolled()
    const report: Report = {
      ...rolledReport,
      parts: rolledReport.parts.map((part) =>
        part.id === 'next-year'
          ? { ...part, blocks: [{ kind: 'paragraph', runs: [{ text: '继续加强执法队伍建设。' }], line: 5 }] }
          : part,
      ),
    }
    expect(planCoverage(report, template)[1]?.covered).toBe(false)
  })

  it('is empty for a report that was not rolled over', () => {
    expect(planCoverage(fixtureReport('qingjiang-2023'), template)).toEqual([])
  })
})
