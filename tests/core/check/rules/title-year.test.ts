import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

describe('title-year', () => {
  it('is silent on a title with its year', () => {
    expect(findingsOf(goodReport, 'title-year')).toEqual([])
  })

  it('flags a title without a year, suggesting the report year', () => {
    const text = breaking('清江镇2023年法治政府建设年度报告', '清江镇法治政府建设年度报告')
    const [finding] = findingsOf(text, 'title-year')
    expect(finding).toMatchObject({ severity: 'warning', evidence: '清江镇法治政府建设年度报告' })
    expect(finding?.message).toContain('2023年')
  })
})
