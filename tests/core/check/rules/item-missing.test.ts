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
