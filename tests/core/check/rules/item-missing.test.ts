import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

describe('item-missing', () => {
  it('is silent when every required item is covered', () => {
    expect(findingsOf(goodReport, 'item-missing')).toEqual([])
  })

  it('flags an item the report never mentions, naming the figures to give', () => {
    const text = breaking('全年发生行政复议案件2件，均已办结；', '')
    const findings = findingsOf(text, 'item-missing')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', part: 'measures', line: null })
    expect(findings[0]!.message).toContain('“行政复议”')
    expect(findings[0]!.message).toContain('行政复议案件数')
  })

  it('recognises an item by its synonyms', () => {
    const text = breaking('主动公开政府信息290条', '在政府网站信息公开栏发布信息290条')
    expect(findingsOf(text, 'item-missing')).toEqual([])
  })
})

describe('item-missing beside a part finding', () => {
  const court =
    '五、2023年履行法院生效裁判情况\n\n2023年，我镇需履行法院生效裁判1件，已全部履行，履行率100%。\n\n'

  it('leaves an item of a missing required part to part-missing, which names it', () => {
    const text = breaking(court, '')
    expect(findingsOf(text, 'item-missing')).toEqual([])
    const [part] = findingsOf(text, 'part-missing')
    expect(part).toMatchObject({ part: 'court-judgments', severity: 'error' })
    expect(part!.message).toContain('审查时重点看：履行法院生效裁判（应履行、已履行件数和履行率）')
  })

  it('leaves the items of a required part left empty to part-empty, which names them', () => {
    const start = goodReport.indexOf('（一）加强党的领导')
    const end = goodReport.indexOf('二、2023年推进法治政府建设存在的不足和原因')
    const text = breaking(goodReport.slice(start, end), '')
    expect(findingsOf(text, 'item-missing')).toEqual([])
    const [empty] = findingsOf(text, 'part-empty')
    expect(empty).toMatchObject({ part: 'measures', severity: 'error' })
    expect(empty!.message).toContain('行政复议（行政复议案件数）')
    expect(empty!.message).toContain('政务公开（公开信息条数）')
  })

  it('still flags a missing item of a part that is there', () => {
    const text = breaking('全年发生行政复议案件2件，均已办结；', '')
    expect(findingsOf(text, 'part-missing')).toEqual([])
    expect(findingsOf(text, 'item-missing').map((finding) => finding.part)).toEqual(['measures'])
  })
})
