import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

describe('year-mismatch', () => {
  it('is silent when the headings fit the report year', () => {
    expect(findingsOf(goodReport, 'year-mismatch')).toEqual([])
  })

  it('flags a heading still carrying last year', () => {
    const text = breaking(
      '二、2023年推进法治政府建设存在的不足和原因',
      '二、2022年推进法治政府建设存在的不足和原因',
    )
    const findings = findingsOf(text, 'year-mismatch')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', part: 'shortcomings' })
    expect(findings[0]!.message).toContain('请改为“2023年”')
    expect(findings[0]!.message).toContain('沿用了上一年')
    expect(findings[0]!.fix).toEqual({
      kind: 'replace',
      label: '改为“2023年”',
      target: 'block',
      replacements: [{ find: '2022年', replace: '2023年' }],
    })
  })

  it('expects next year in the plan heading', () => {
    const text = breaking('四、2024年推进法治政府建设的主要安排', '四、2023年推进法治政府建设的主要安排')
    const findings = findingsOf(text, 'year-mismatch')
    expect(findings.map((finding) => finding.part)).toEqual(['next-year'])
    expect(findings[0]!.message).toContain('请改为“2024年”')
  })

  it('warns when the date does not fit the title year', () => {
    const text = breaking('清江镇2023年法治政府建设年度报告', '清江镇2022年法治政府建设年度报告')
    const findings = findingsOf(text, 'year-mismatch')
    // Title 2022 → report year 2022: every 2023 heading and the 2024 date disagree.
    expect(
      findings.some((finding) => finding.severity === 'warning' && finding.message.includes('成文日期')),
    ).toBe(true)
  })
})
