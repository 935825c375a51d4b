import { describe, expect, it } from 'vitest'
import { shiftYears } from '../../../renderer/core/rollover/shift-years'

describe('shiftYears (2023 report → 2024)', () => {
  const cases: { input: string; expected: string }[] = [
    {
      input: '中共清江镇委员会 乐清市清江镇 2023 年法治政府建设年度报告',
      expected: '中共清江镇委员会 乐清市清江镇 2024 年法治政府建设年度报告',
    },
    { input: '2023年推进法治政府建设的主要举措和成效', expected: '2024年推进法治政府建设的主要举措和成效' },
    { input: '2024年法治政府建设工作思路', expected: '2025年法治政府建设工作思路' },
    {
      input: '2024 年度推进法治政府建设的主要安排和具体计划',
      expected: '2025 年度推进法治政府建设的主要安排和具体计划',
    },
    // Past events, plan periods and document names keep their years.
    { input: '2022年以来取得的成效', expected: '2022年以来取得的成效' },
    {
      input: '落实《法治政府建设实施纲要（2021—2025年）》',
      expected: '落实《法治政府建设实施纲要（2021—2025年）》',
    },
    { input: '落实2021—2025年规划', expected: '落实2021—2025年规划' },
    { input: '贯彻《2024年全面依法治县工作要点》', expected: '贯彻《2024年全面依法治县工作要点》' },
    { input: '2023年至2024年专项整治', expected: '2023年至2024年专项整治' },
  ]
  for (const { input, expected } of cases)
    it(input, () => expect(shiftYears(input, 2023, 2024)).toBe(expected))

  it('moves by the gap when a year is skipped', () => {
    expect(shiftYears('2022年工作总结和2023年工作计划', 2022, 2024)).toBe('2024年工作总结和2025年工作计划')
  })
})
