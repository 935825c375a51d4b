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

  it("marks last year's figures stale and the check lists them, so the draft is not complete", () => {
    const report = rolled()
    const staleRuns = [...report.preamble, ...report.parts.flatMap((part) => part.blocks)].flatMap((block) =>
      block.kind === 'paragraph' ? block.runs.filter((run) => run.stale === true).map((run) => run.text) : [],
    )
    expect(staleRuns).toEqual(
      expect.arrayContaining(['41场次', '10余次', '236件', '100%', '273.6万余元', '95.23%', '2023年度']),
    )
    const result = checkReport(report, template)
    const stale = result.findings.filter((finding) => finding.rule === 'figure-stale')
    expect(stale.length).toBeGreaterThanOrEqual(8)
    expect(stale.every((finding) => finding.severity === 'error')).toBe(true)
    expect(stale.map((finding) => finding.message).join('')).toContain('“41场次”')
    expect(result.complete).toBe(false)
  })

  it("turns last year's four 2024 plans into the checklist and empties the next-year part", () => {
    const report = rolled()
    expect(report.meta.lastYear?.plans.map((plan) => plan.text)).toEqual([
      '持续深入学习坚决践行习近平法治思想',
      '持续推进执法队伍专业队伍建设',
      '增强社会治理质效',
      '大力营造普法宣传的良好氛围',
    ])
    expect(report.parts.find((part) => part.id === 'next-year')?.blocks).toEqual([])
    const uncovered = checkReport(report, template).findings.filter(
      (finding) => finding.rule === 'plan-uncovered',
    )
    expect(uncovered).toHaveLength(4)
    expect(uncovered[0]!.message).toContain('去年计划：“持续深入学习坚决践行习近平法治思想”')
  })

  it("keeps last year's text per part for the side view", () => {
    const { lastYear } = rolled().meta
    expect(lastYear?.reportYear).toBe(2023)
    expect(lastYear?.parts.map((part) => part.id)).toEqual([
      null,
      'measures',
      'shortcomings',
      'first-responsible',
      'next-year',
    ])
    const nextYear = lastYear?.parts.find((part) => part.id === 'next-year')
    expect(nextYear?.heading).toBe('2024年法治政府建设工作思路')
    expect(nextYear?.text).toContain('（四）大力营造普法宣传的良好氛围')
  })

  it('survives saving as .fznb', () => {
    const report = rolled()
    const reopened = parseReportFile(serializeReportFile({ templateId: 'standard-2019', report }))
    expect(reopened.ok && reopened.value.report).toEqual(report)
  })

  it("refuses a year that is not after the report's own", () => {
    const same = rolloverReport(fixtureReport('qingjiang-2023'), 2023)
    expect(same.ok === false && same.error.code).toBe('year-not-later')
    const silly = rolloverReport(fixtureReport('qingjiang-2023'), 24)
    expect(silly.ok === false && silly.error.code).toBe('bad-year')
  })
})

describe('rolloverReport: figures in tables and lists', () => {
  const lastYear: Report = {
    ...fixtureReport('qingjiang-2023'),
    preamble: [
      {
        kind: 'table',
        line: 1,
        header: true,
        rows: [
          ['项目', '2023年件数', '说明'],
          ['行政复议', '12', '全部审结'],
          ['行政诉讼', '3', '负责人出庭2次'],
          ['纠错率', '8.5%', '—'],
        ],
      },
      { kind: 'list', line: 2, ordered: true, items: ['培训执法人员120人次', '完善值班制度'] },
      { kind: 'table', line: 3, header: false, rows: [['镇司法所', '镇综合执法队']] },
    ],
  }
  const rolledOver = (report: Report): Report => {
    const result = rolloverReport(report, 2024)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }
  const staleIn = (runs: readonly { text: string; stale?: true }[] | undefined): string[] =>
    (runs ?? []).filter((run) => run.stale === true).map((run) => run.text)

  it('marks bare numbers and figures with units in the cells under the header, and last year in the header', () => {
    const [table] = rolledOver(lastYear).preamble
    if (table?.kind !== 'table') throw new Error('no table')
    expect(table.rows).toEqual(lastYear.preamble[0]!.kind === 'table' && lastYear.preamble[0]!.rows)
    const cells = table.cellRuns!
    expect(cells[0]!.flatMap(staleIn)).toEqual(['2023年'])
    expect(cells.slice(1).map((row) => row.flatMap(staleIn))).toEqual([['12'], ['3', '2次'], ['8.5%']])
    expect(cells.map((row) => row.map((runs) => runs.map((run) => run.text).join('')))).toEqual(table.rows)
  })

  it('marks only last year in a header that compares years, no bare number there, and no 序号', () => {
    const comparison: Report = {
      ...lastYear,
      preamble: [
        {
          kind: 'table',
          line: 1,
          header: true,
          rows: [
            ['序号', '2022年', '2023年', '第1季度'],
            ['1', '10', '12', '3'],
          ],
        },
      ],
    }
    const [table] = rolledOver(comparison).preamble
    if (table?.kind !== 'table') throw new Error('no table')
    expect(table.cellRuns!.map((row) => row.flatMap(staleIn))).toEqual([['2023年'], ['10', '12', '3']])
  })

  it('marks figures in list items, and leaves a table without figures as it was', () => {
    const [, list, names] = rolledOver(lastYear).preamble
    expect(list?.kind === 'list' && list.itemRuns?.map(staleIn)).toEqual([['120人次'], []])
    expect(names).toEqual(lastYear.preamble[2])
  })

  it('lists the table and the list in the check, keeps the marks when rolled over again and through .fznb', () => {
    const report = rolledOver(lastYear)
    const stale = checkReport(report, template).findings.filter((finding) => finding.rule === 'figure-stale')
    expect(stale.find((finding) => finding.line === 1)?.message).toMatch(
      /^表格“项目 2023年件数.*“2023年”、“12”、“3”、“2次”、“8\.5%”/,
    )
    expect(stale.find((finding) => finding.line === 2)?.message).toMatch(
      /^列表“培训执法人员120人次.*“120人次”/,
    )
    const again = rolloverReport({ ...report, meta: { ...report.meta, reportYear: 2024 } }, 2025)
    expect(again.ok && again.value.preamble[0]).toEqual(report.preamble[0])
    const reopened = parseReportFile(serializeReportFile({ templateId: 'standard-2019', report }))
    expect(reopened.ok && reopened.value.report.preamble).toEqual(report.preamble)
  })
})
