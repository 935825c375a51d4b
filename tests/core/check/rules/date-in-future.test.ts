import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../../renderer/core/builtin-templates'
import { checkReport } from '../../../../renderer/core/check/check-report'
import { breaking, check, findingsOf, goodReport } from '../good-report'

const signed = '清江镇人民政府\n\n2024年2月18日\n'
const signedOn = (date: string): string => breaking(signed, `清江镇人民政府\n\n${date}\n`)

describe('date-in-future', () => {
  // the 成文日期, the last day of the check that flags it, the first that does not
  const cases: readonly [date: string, flaggedOn: string, silentOn: string][] = [
    ['2024年2月18日', '2024-02-17', '2024-02-18'],
    ['2024年3月1日', '2024-02-29', '2024-03-01'],
    ['2024年1月1日', '2023-12-31', '2024-01-01'],
    ['2024年12月18日', '2024-12-17', '2024-12-19'],
    ['2024年02月20日', '2024-02-19', '2024-02-20'],
  ]
  it.each(cases)('flags 成文日期 %s on %s, not on %s', (date, flaggedOn, silentOn) => {
    const findings = findingsOf(signedOn(date), 'date-in-future', { today: flaggedOn })
    expect(findings).toHaveLength(1)
    // the day before: a date planned for signing, not yet a slip
    expect(findings[0]).toMatchObject({ severity: 'warning', part: null, evidence: date, line: 52 })
    expect(findings[0]!.message).toContain(`成文日期“${date}”晚于今天`)
    expect(findingsOf(signedOn(date), 'date-in-future', { today: silentOn })).toEqual([])
  })

  it('is a warning for a signing date planned within a month, an error further out', () => {
    const severity = (date: string, today: string): string | undefined =>
      findingsOf(signedOn(date), 'date-in-future', { today })[0]?.severity
    expect(severity('2024年2月18日', '2024-01-18')).toBe('warning')
    expect(severity('2024年2月18日', '2024-01-17')).toBe('error')
    expect(severity('2052年2月18日', '2024-02-08')).toBe('error')
    expect(
      findingsOf(signedOn('2024年2月18日'), 'date-in-future', { today: '2024-02-10' })[0]?.message,
    ).toContain('预定的签发日期')
  })

  it('names the day of the check in the writer’s form', () => {
    const [finding] = findingsOf(goodReport, 'date-in-future', { today: '2024-02-08' })
    expect(finding?.message).toContain('晚于今天（2024年2月8日）')
  })

  it('is skipped, and only it, when the caller gives no day', () => {
    const future = signedOn('2199年2月18日')
    expect(findingsOf(future, 'date-in-future', { today: '2024-02-08' })).toHaveLength(1)
    expect(findingsOf(future, 'date-in-future')).toEqual([])
    expect(findingsOf(future, 'year-conflict')).toHaveLength(1)
  })

  it('leaves a date still to come to itself: not also late, nor also of another year', () => {
    const late = check(signedOn('2024年3月18日'), { today: '2024-03-10' }).result.findings
    expect(late.filter((finding) => /成文日期/.test(finding.message)).map((finding) => finding.rule)).toEqual(
      ['date-in-future'],
    )
    const typo = check(signedOn('2042年2月18日'), { today: '2024-02-10' }).result.findings
    expect(typo.filter((finding) => /成文日期/.test(finding.message)).map((finding) => finding.rule)).toEqual(
      ['date-in-future'],
    )
  })

  it('refuses a day that is not YYYY-MM-DD: a caller’s bug, not the writer’s', () => {
    const { report } = check(goodReport)
    expect(() => checkReport(report, findBuiltinTemplate('standard-2019')!, { today: '2024/2/8' })).toThrow()
  })
})
