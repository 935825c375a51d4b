// 从去年的报告开始 with a year that skips some: a 2023 report rolled over to 2026 (the start screen's default in
// late 2026) is asked about before any draft is made.
import { describe, expect, it } from 'vitest'
import { startFromLastYear } from '../../renderer/app/open-document'
import { skippedYears } from '../../renderer/core/rollover/skipped-years'
import { findBuiltinTemplate } from '../../renderer/core/builtin-templates'

const template = findBuiltinTemplate('standard-2019')!

const lastYear = (year: number): { name: string; path: null; kind: 'text'; bytes: Uint8Array } => ({
  name: `示范镇${String(year)}年法治政府建设年度报告.txt`,
  path: null,
  kind: 'text',
  bytes: new TextEncoder().encode(
    [
      `示范镇${String(year)}年法治政府建设年度报告`,
      '一、推进法治政府建设的主要举措和成效',
      `${String(year)}年，全年办理行政处罚案件37件。`,
      '二、存在的不足和原因',
      '执法人员培训不够系统。',
    ].join('\n'),
  ),
})

describe('startFromLastYear', () => {
  it('asks when years were skipped, and makes no draft when told no', async () => {
    const asked: { from: number; to: number }[] = []
    const result = await startFromLastYear(lastYear(2023), template, 2026, (skipped) => {
      asked.push(skipped)
      return Promise.resolve(false)
    })
    expect(asked).toEqual([{ from: 2023, to: 2026 }])
    expect(result).toEqual({ ok: true, value: null })
  })

  it('rolls over to the skipped-to year when told yes', async () => {
    const result = await startFromLastYear(lastYear(2023), template, 2026, () => Promise.resolve(true))
    expect(result.ok && result.value?.report.meta.reportYear).toBe(2026)
    expect(result.ok && result.value?.name).toBe('示范镇2026年法治政府建设年度报告.fznb')
  })

  it('does not ask for the year after', async () => {
    const result = await startFromLastYear(lastYear(2025), template, 2026, () => {
      throw new Error('asked about a year that follows on')
    })
    expect(result.ok && result.value?.report.meta.reportYear).toBe(2026)
  })

  it('names the skipped years', () => {
    expect(skippedYears(2023, 2026)).toEqual([2024, 2025])
    expect(skippedYears(2025, 2026)).toEqual([])
  })
})
