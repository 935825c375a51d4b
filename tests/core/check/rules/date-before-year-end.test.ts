import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../../renderer/core/builtin-templates'
import { checkReport } from '../../../../renderer/core/check/check-report'
import { breaking, check, findingsOf } from '../good-report'

const signed = '清江镇人民政府\n\n2024年2月18日\n'
const signedOn = (date: string): string => breaking(signed, `清江镇人民政府\n\n${date}\n`)

describe('date-before-year-end', () => {
  // 成文日期 of the 2023 report inside 2023, as year-conflict lets them pass (October on)
  const cases: readonly string[] = [
    '2023年12月20日',
    '2023年12月31日',
    '2023年10月8日',
    '二〇二三年十一月三日',
  ]
  it.each(cases)('flags a 2023 report dated %s', (date) => {
    const { result } = check(signedOn(date))
    expect(result.reportYear).toBe(2023)
    const findings = result.findings.filter((finding) => finding.rule === 'date-before-year-end')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', part: null, evidence: date, line: 52 })
    expect(findings[0]!.message).toContain(`成文日期“${date}”在2023年结束之前`)
    expect(result.findings.filter((finding) => finding.rule === 'year-conflict')).toEqual([])
  })

  it('flags 2023年12月31日 and not 2024年1月1日', () => {
    expect(findingsOf(signedOn('2023年12月31日'), 'date-before-year-end')).toHaveLength(1)
    expect(findingsOf(signedOn('2024年1月1日'), 'date-before-year-end')).toEqual([])
  })

  it('judges against the report year the writer set', () => {
    const { report } = check(signedOn('2025年12月20日'))
    const template = findBuiltinTemplate('standard-2019')!
    const findings = checkReport({ ...report, meta: { ...report.meta, reportYear: 2025 } }, template).findings
    expect(findings.filter((finding) => finding.rule === 'date-before-year-end')).toHaveLength(1)
  })

  it('leaves a date that fits no part of the year to year-conflict, and one still to come to date-in-future', () => {
    const stale = check(signedOn('2023年3月1日')).result.findings
    expect(
      stale.filter((finding) => /成文日期/.test(finding.message)).map((finding) => finding.rule),
    ).toEqual(['year-conflict'])
    const december = signedOn('2023年12月20日')
    expect(findingsOf(december, 'date-before-year-end', { today: '2023-12-20' })).toHaveLength(1)
    expect(findingsOf(december, 'date-before-year-end', { today: '2023-12-19' })).toEqual([])
  })
})
