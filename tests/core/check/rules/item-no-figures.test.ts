import { describe, expect, it } from 'vitest'
import { breaking, check, findingsOf, goodReport } from '../good-report'

describe('item-no-figures', () => {
  it('is silent when items give figures', () => {
    expect(findingsOf(goodReport, 'item-no-figures')).toEqual([])
  })

  it('flags an item described only in words, at its line', () => {
    const text = breaking('主动公开政府信息290条。', '持续深化政府信息公开工作，公开质量明显提升。')
    const findings = findingsOf(text, 'item-no-figures')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', part: 'measures' })
    expect(findings[0]!.line).toBeGreaterThan(0)
    expect(findings[0]!.message).toContain('公开信息条数')
  })

  it('accepts a plain statement that nothing happened as the figure', () => {
    const text = breaking('全年发生行政复议案件2件，均已办结；', '全年未发生行政复议案件；')
    expect(findingsOf(text, 'item-no-figures')).toEqual([])
    expect(check(text).result.items.find((item) => item.id === 'reconsideration')?.figures).toBe(true)
  })

  it('does not take a year for a figure', () => {
    const text = breaking('全年发生行政复议案件2件，均已办结；', '2023年扎实做好行政复议工作；')
    expect(findingsOf(text, 'item-no-figures').map((finding) => finding.message)).toEqual([
      expect.stringContaining('“行政复议”'),
    ])
  })

  it('reads a figure from a table row whose column header names the unit', () => {
    const inWords = breaking('全年发生行政复议案件2件，均已办结；', '扎实做好行政复议工作；')
    expect(findingsOf(inWords, 'item-no-figures').map((finding) => finding.message)).toEqual([
      expect.stringContaining('“行政复议”'),
    ])
    const tabulated = (header: string): string =>
      inWords.replace(
        '扎实做好行政复议工作；',
        `扎实做好行政复议工作；\n\n| 项目 | ${header} |\n| --- | --- |\n| 行政复议案件 | 2 |\n`,
      )
    expect(findingsOf(tabulated('件数'), 'item-no-figures')).toEqual([])
    // a header that names no unit leaves the bare 2 a number of nothing
    expect(findingsOf(tabulated('情况'), 'item-no-figures').map((finding) => finding.message)).toEqual([
      expect.stringContaining('“行政复议”'),
    ])
  })
})
