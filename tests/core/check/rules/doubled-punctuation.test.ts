import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const lead = '主动公开政府信息290条。'

describe('doubled-punctuation', () => {
  it('is silent on single marks, the ellipsis and the dash', () => {
    expect(findingsOf(goodReport, 'doubled-punctuation')).toEqual([])
    expect(
      findingsOf(breaking(lead, `${lead}开展学法、普法……活动——效果明显。`), 'doubled-punctuation'),
    ).toEqual([])
  })

  it.each([
    ['全年开展活动20场。。', '。。', '。'],
    ['全年开展活动20场，，覆盖群众。', '，，', '，'],
    ['全年开展活动20场，。', '，。', '。'],
    ['学法、、普法。', '、、', '、'],
  ])('keeps one mark of “%s” in one click', (sentence, doubled, single) => {
    const [finding] = findingsOf(breaking(lead, sentence), 'doubled-punctuation')
    expect(finding).toMatchObject({
      severity: 'warning',
      fix: { kind: 'replace', replacements: [{ find: doubled, replace: single }] },
    })
    expect(finding?.evidence).toContain(doubled)
  })

  it('is one finding for every paragraph with doubled marks, correcting them all', () => {
    const text = breaking(lead, '主动公开政府信息290条。。').replace(
      '人民调解矛盾纠纷221件，',
      '人民调解矛盾纠纷221件，，',
    )
    const findings = findingsOf(text, 'doubled-punctuation')
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain('共2处')
    expect(findings[0]?.fix).toMatchObject({
      replacements: [{ find: '。。', replace: '。' }],
      elsewhere: [{ replacements: [{ find: '，，', replace: '，' }] }],
    })
  })
})
