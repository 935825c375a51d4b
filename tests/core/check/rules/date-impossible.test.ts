import { describe, expect, it } from 'vitest'
import { breaking, check, findingsOf } from '../good-report'

const signed = '清江镇人民政府\n\n2024年2月18日\n'
const signedOn = (date: string): string => breaking(signed, `清江镇人民政府\n\n${date}\n`)

describe('date-impossible', () => {
  const cases: readonly [written: string, why: string][] = [
    ['2024年2月30日', '2024年2月只有29天'],
    ['2025年2月29日', '2025年不是闰年，2月只有28天'],
    ['2024年4月31日', '2024年4月只有30天'],
    ['2024年13月5日', '一年只有12个月，没有“13月”'],
    ['2024年2月0日', '日期从1日起算，没有“0日”'],
    ['2024年0月8日', '没有“0月”'],
    ['二〇二四年十三月一日', '没有“13月”'],
    ['2024.2.30', '2024年2月只有29天'],
  ]
  it.each(cases)('flags 成文日期 %s as a day that does not exist (%s)', (written, why) => {
    const { report, result } = check(signedOn(written))
    expect(report.meta.dateText).toBe(written)
    const findings = result.findings.filter((finding) => finding.rule === 'date-impossible')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', part: null, evidence: written })
    expect(findings[0]!.message).toContain(`成文日期“${written}”不存在`)
    expect(findings[0]!.message).toContain(why)
    // one slip, one finding: date-format does not offer the same impossible day in the standard form
    expect(result.findings.filter((finding) => finding.rule === 'date-format')).toEqual([])
  })

  it('tells 2月29日 of a common year from that of a leap year', () => {
    expect(findingsOf(signedOn('2023年12月29日'), 'date-impossible')).toEqual([])
    expect(findingsOf(signedOn('2024年2月29日'), 'date-impossible')).toEqual([])
    expect(findingsOf(signedOn('2025年2月29日'), 'date-impossible')).toHaveLength(1)
    expect(findingsOf(signedOn('2100年2月29日'), 'date-impossible')).toHaveLength(1)
  })

  it('checks the 印发日期 too', () => {
    const [finding] = findingsOf(breaking('2024年2月18日印发', '2024年2月31日印发'), 'date-impossible')
    expect(finding).toMatchObject({ severity: 'error', evidence: '2024年2月31日' })
    expect(finding?.message).toContain('印发日期“2024年2月31日”不存在')
  })
})
