import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const lead = '主动公开政府信息290条。'

describe('year-range', () => {
  it('is silent on 2021—2025年 and on single years', () => {
    expect(findingsOf(goodReport, 'year-range')).toEqual([])
    expect(findingsOf(breaking(lead, `${lead}落实“八五”普法规划（2021—2025年）。`), 'year-range')).toEqual([])
  })

  it('flags two years run together and puts the 一字线 between them in one click', () => {
    const [finding] = findingsOf(breaking(lead, `${lead}落实20212025年普法规划。`), 'year-range')
    expect(finding).toMatchObject({
      severity: 'warning',
      fix: { replacements: [{ find: '20212025', replace: '2021—2025' }] },
    })
  })

  it.each(['2021-2025年', '2021~2025年', '2021－2025年'])('suggests the 一字线 for %s', (written) => {
    const [finding] = findingsOf(breaking(lead, `${lead}落实${written}普法规划。`), 'year-range')
    expect(finding?.severity).toBe('info')
    expect(finding?.message).toContain('应写作“2021—2025年”')
  })

  it('leaves a phone number or a count alone', () => {
    expect(findingsOf(breaking(lead, `${lead}热线电话20232024。`), 'year-range')).toEqual([])
  })
})
