import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const lead = '主动公开政府信息290条。'

describe('latin-letters', () => {
  it('is silent on Chinese prose', () => {
    expect(findingsOf(goodReport, 'latin-letters')).toEqual([])
  })

  it.each([
    ['召开法治建设meeting 3次。', 'meeting'],
    ['各项工作均已OK。', 'OK'],
    ['完善权力清单list和责任清单。', 'list'],
  ])('flags “%s”', (sentence, word) => {
    const findings = findingsOf(breaking(lead, lead + sentence), 'latin-letters')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', part: 'measures' })
    expect(findings[0]!.message).toContain(word)
    expect(findings[0]!.evidence).toContain(word)
  })

  it.each([
    '通过“浙里办”APP公开政务信息。',
    '利用LED显示屏和微信公众号宣传。',
    '在政府网站 http://www.qingjiang.gov.cn 公开。',
    '开展A类行政执法案件评查。',
    '推进5G网络覆盖。',
  ])('accepts abbreviations, addresses and labels: “%s”', (sentence) => {
    expect(findingsOf(breaking(lead, lead + sentence), 'latin-letters')).toEqual([])
  })
})

describe('latin-letters beside editing debris', () => {
  it('leaves a template placeholder (XX镇) and Word bookmark text to editing-debris: one problem, one finding', () => {
    const text = breaking(lead, `${lead}XX镇[bookmark: _GoBack]`)
    expect(findingsOf(text, 'latin-letters')).toEqual([])
    expect(findingsOf(text, 'editing-debris')).toHaveLength(2)
  })
})
