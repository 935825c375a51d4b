import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import type { Report } from '../../../renderer/core/report'
import { parseReportFile, serializeReportFile } from '../../../renderer/core/report-file'
import { rolloverReport } from '../../../renderer/core/rollover/rollover-report'
import { fixtureReport } from '../../docx/helpers/fixture-reports'

const template = findBuiltinTemplate('standard-2019')!

function rolled(year = 2024): Report {
  const result = rolloverReport(fixtureReport('qingjiang-2023'), year)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('rolloverReport (qingjiang 2023 → 2024)', () => {
  it('moves the title, the headings and the 文号 on a year, and clears the 序号 and dates', () => {
    const { meta, parts } = rolled()
    expect(meta.reportYear).toBe(2024)
    expect(meta.title).toBe('中共清江镇委员会 乐清市清江镇 2024 年法治政府建设年度报告')
    expect(parts.map((part) => part.heading)).toEqual([
      '推进法治政府建设的主要举措和成效',
      '推进法治政府建设中存在的问题不足',
      '单位主要负责人履行法治建设第一责任人职责有关情况',
      '2025年法治政府建设工作思路',
    ])
    expect(meta.docNumber).toBe('清委〔2025〕号')
    expect(meta.dateText).toBeNull()
    expect(meta.printedDateText).toBeNull()
  })

  it('keeps 签发人, 主送, 抄送, 署名 and the parts as recognised last year', () => {
    const before = fixtureReport('qingjiang-2023')
    const { meta, parts } = rolled()
    expect(meta.signer).toBe('张亚平')
    expect(meta.recipients).toBe(before.meta.recipients)
    expect(meta.copyTo).toBe(before.meta.copyTo)
    expect(meta.issuers).toEqual(before.meta.issuers)
    expect(meta.issuerMark).toBe(before.meta.issuerMark)
    expect(parts.map((part) => part.id)).toEqual(before.parts.map((part) => part.id))
    expect(meta.source).toBeUndefined()
  })

  it('marks last year\'s figures stale and the check lists them, so the draft is not complete', () => {
    const report = rolled()
    const staleRuns = [...report.preamble, ...report.parts.flatMap((part) => part.blocks)].flatMap((block) =>
      block.kind === 'paragraph' ? block.runs.filter((run) => run.stale === true).map((run) => run.text) : [],
    )
    expect(staleRuns).toEqual(expect.arrayContaining(['41场次', '10余次', '236件', '100%', '273.6万余元', '95.23%', '2023年度']))
    const result = checkReport(report, template)
    const stale = result.findings.filter((finding) => finding.rule === 'figure-stale')
    expect(stale.length).toBeGreaterThanOrEqual(8)
    expect(stale.every((finding) => finding.severity === 'error')).toBe(true)
    expect(stale.map((finding) => finding.message).join('')).toContain('“41场次”')
    expect(result.complete).toBe(false)
  })

  it('turns last year\'s four 2024 plans into the checklist and empties the next-year part', () => {
    const report = rolled()
    expect(report.meta.lastYear?.plans.map((plan) => plan.text)).toEqual([
      '持续深入学习坚决践行习近平法治思想',
      '持续推进执法队伍专业队伍建设',
      '增强社会治理质效',
      '大力营造普法宣传的良好氛围',
    ])
    expect(report.parts.find((part) => part.id === 'next-year')?.blocks).toEqual([])
    const uncovered = checkReport(report, template).findings.filter((finding) => finding.rule === 'plan-uncovered')
    expect(uncovered).toHaveLength(4)
    expect(uncovered[0]!.message).toContain('去年计划：“持续深入学习坚决践行习近平法治思想”')
  })

  it('keeps last year\'s text per part for the side view', () => {
    const { lastYear } = rolled().meta
    expect(lastYear?.reportYear).toBe(2023)
    expect(lastYear?.parts.map((part) => part.id)).toEqual([null, 'measures', 'shortcomings', 'first-responsible', 'next-year'])
    const nextYear = lastYear?.parts.find((part) => part.id === 'next-year')
    expect(nextYear?.heading).toBe('2024年法治政府建设工作思路')
    expect(nextYear?.text).toContain('（四）大力营造普法宣传的良好氛围')
  })

  it('survives saving as .fznb', () => {
    const report = rolled()
    const reopened = parseReportFile(serializeReportFile({ templateId: 'standard-2019', report }))
    expect(reopened.ok && reopened.value.report).toEqual(report)
  })

  it('refuses a year that is not after the report\'s own', () => {
    const same = rolloverReport(fixtureReport('qingjiang-2023'), 2023)
    expect(same.ok === false && same.error.code).toBe('year-not-later')
    const silly = rolloverReport(fixtureReport('qingjiang-2023'), 24)
    expect(silly.ok === false && silly.error.code).toBe('bad-year')
  })
})
