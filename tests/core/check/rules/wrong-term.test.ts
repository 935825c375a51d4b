import { describe, expect, it } from 'vitest'
import { breaking, check, findingsOf, goodReport } from '../good-report'

describe('wrong-term', () => {
  it('is silent on correct wording (法制审核 is a correct term)', () => {
    expect(goodReport).toContain('法制审核')
    expect(findingsOf(goodReport, 'wrong-term')).toEqual([])
  })

  const cases: readonly [wrong: string, expected: string, severity: string][] = [
    ['扎实推进法制政府建设', '“法制政府”应为“法治政府”', 'warning'],
    ['深入学习贯彻习近平法制思想', '应为“习近平法治思想”', 'warning'],
    ['落实《法治政府建设与责任落实督查工作规定》', '应为“督察”', 'warning'],
    ['加强法制宣传教育', '应为“法治宣传”', 'warning'],
    ['深入实施八五普法规划', '应为““八五”普法”', 'info'],
    ['重大执法决定法治审核12件', '“法治审核”应为“法制审核”', 'warning'],
  ]
  it.each(cases)('flags “%s”', (wrong, expected, severity) => {
    const text = breaking('扎实推进法治政府建设', wrong)
    const findings = findingsOf(text, 'wrong-term')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.severity).toBe(severity)
    expect(findings[0]!.message).toContain(expected)
    expect(findings[0]!.line).toBe(10)
  })

  it('checks the title too', () => {
    const text = breaking('清江镇2023年法治政府建设年度报告', '清江镇2023年法制政府建设年度报告')
    expect(findingsOf(text, 'wrong-term')).toMatchObject([{ severity: 'warning', line: 6, part: null }])
  })

  it('offers the correction in one click, in the block or in the title', () => {
    const [inBody] = findingsOf(breaking('扎实推进法治政府建设', '扎实推进法制政府建设'), 'wrong-term')
    expect(inBody?.fix).toEqual({
      kind: 'replace',
      label: '改为“法治政府”',
      target: 'block',
      replacements: [{ find: '法制政府', replace: '法治政府' }],
    })
    const [society] = findingsOf(breaking('扎实推进法治政府建设', '建设法制社会'), 'wrong-term')
    expect(society?.fix).toMatchObject({ replacements: [{ find: '法制社会', replace: '法治社会' }] })
    const title = breaking('清江镇2023年法治政府建设年度报告', '清江镇2023年法制政府建设年度报告')
    expect(findingsOf(title, 'wrong-term')[0]?.fix).toMatchObject({ kind: 'replace', target: 'title' })
  })

  it('leaves a report with a wrong term complete: a word to correct is never what sends a report back', () => {
    const text = breaking('扎实推进法治政府建设', '扎实推进法制政府建设')
    expect(findingsOf(text, 'wrong-term')).toHaveLength(1)
    expect(check(text).result.complete).toBe(true)
  })

  it('is silent on 法制机构 and 法制审核, the correct terms for the legal affairs office and its review', () => {
    const text = breaking('法律顾问审查合同16份。', '法律顾问审查合同16份，政府法制机构审核重大执法决定。')
    expect(findingsOf(text, 'wrong-term')).toEqual([])
  })

  it('offers none when the wrong words are split by a space (matched without it, not found as written)', () => {
    const [finding] = findingsOf(breaking('扎实推进法治政府建设', '扎实推进法制 政府建设'), 'wrong-term')
    expect(finding?.message).toContain('“法制政府”应为“法治政府”')
    expect(finding?.fix).toBeUndefined()
  })
})
