import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { recognizePart } from '../../../renderer/core/import/recognize-part'

const template = findBuiltinTemplate('standard-2019')!

// Headings as township and county reports actually word them (numbers already stripped).
const cases: readonly [heading: string, expected: string | null][] = [
  // measures
  ['2023年推进法治政府建设的主要举措和成效', 'measures'],
  ['法治政府建设主要举措和成效', 'measures'],
  ['2023年法治政府建设工作开展情况', 'measures'],
  ['主要工作及成效', 'measures'],
  ['主要做法和取得的成效', 'measures'],
  ['2023年度法治政府建设工作情况', 'measures'],
  ['工作进展及成效', 'measures'],
  ['法治政府建设基本情况', 'measures'],
  ['推进法治政府建设的主要措施', 'measures'],
  // shortcomings
  ['2023年推进法治政府建设存在的不足和原因', 'shortcomings'],
  ['存在的不足和原因', 'shortcomings'],
  ['问题和不足', 'shortcomings'],
  ['存在问题短板及原因', 'shortcomings'],
  ['推进法治政府建设中存在的问题不足', 'shortcomings'],
  ['存在的困难和问题', 'shortcomings'],
  ['工作中存在的短板弱项', 'shortcomings'],
  ['存在的差距和薄弱环节', 'shortcomings'],
  ['当前存在的主要问题', 'shortcomings'],
  // first-responsible
  ['2023年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况', 'first-responsible'],
  ['单位主要负责人履行法治建设第一责任人职责有关情况', 'first-responsible'],
  ['党政主要负责人履职情况', 'first-responsible'],
  ['履行推进法治建设第一责任人职责情况', 'first-responsible'],
  ['党政一把手履行法治建设职责情况', 'first-responsible'],
  ['主要领导履行法治建设第一责任人职责情况', 'first-responsible'],
  // next-year
  ['2024年推进法治政府建设的主要安排', 'next-year'],
  ['下步计划', 'next-year'],
  ['下一步工作计划', 'next-year'],
  ['2024年法治政府建设工作思路', 'next-year'],
  ['下阶段工作计划', 'next-year'],
  ['主要安排', 'next-year'],
  ['今后工作打算', 'next-year'],
  ['2024年工作计划', 'next-year'],
  ['下一步工作思路和措施', 'next-year'],
  ['2024 年度推进法治政府建设的主要安排和具体计划', 'next-year'],
  ['存在的问题及下一步打算', 'next-year'],
  // court-judgments
  ['履行法院生效裁判情况', 'court-judgments'],
  ['2023 年度履行法院生效裁判情况', 'court-judgments'],
  ['执行人民法院生效判决情况', 'court-judgments'],
  ['行政机关履行人民法院生效裁判情况', 'court-judgments'],
  ['履行人民法院生效判决、裁定情况', 'court-judgments'],
  ['落实法院判决情况', 'court-judgments'],
  // other
  ['其他需要报告的情况', 'other'],
  ['其他需要说明的事项', 'other'],
  ['其它情况', 'other'],
  // headings that name no part
  ['加强法治政府建设的有关情况', null],
  ['深化人民调解工作', null],
  ['强化组织领导，压实主体责任', null],
  ['落实行政机关负责人出庭应诉制度', null],
  ['解决群众热点问题', null],
]

describe('recognizePart', () => {
  it.each(cases)('“%s” → %s', (heading, expected) => {
    expect(recognizePart(heading, template, 2023)).toBe(expected)
  })

  it('reads the year placeholder: “2024年…主要工作” is the plan only in a 2023 report', () => {
    expect(recognizePart('2024年法治政府建设主要工作', template, 2023)).toBe('next-year')
    expect(recognizePart('2024年法治政府建设主要工作', template, 2024)).toBe('measures')
  })

  it('on a tie prefers a part not seen yet', () => {
    // 思路 (plan, 3) against 措施 (measures, 3): after the measures it is the plan.
    expect(recognizePart('工作思路和措施', template, 2023, new Set(['measures']))).toBe('next-year')
  })
})
