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

  it('leaves a title outvoted by the date and the body to year-conflict', () => {
    // Title 2022 over a 2023 body signed 2024年2月: the report year is 2023, so the 2023 headings are right and
    // the stale title is year-conflict's one finding, not a second one here.
    const text = breaking('清江镇2023年法治政府建设年度报告', '清江镇2022年法治政府建设年度报告')
    expect(findingsOf(text, 'year-mismatch')).toEqual([])
  })

  it('offers no fix when the body itself speaks of another year than the title', () => {
    // No date: the title's 2022 stands, but the 2023 body makes it uncertain which side is stale.
    const text = breaking('清江镇2023年法治政府建设年度报告', '清江镇2022年法治政府建设年度报告').replace(
      /\n2024年2月18日\n/,
      '\n',
    )
    const findings = findingsOf(text, 'year-mismatch')
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.every((finding) => finding.fix === undefined)).toBe(true)
  })
})
