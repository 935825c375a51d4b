import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const lead = '主动公开政府信息290条。'

function unpaired(sentence: string): ReturnType<typeof findingsOf> {
  return findingsOf(breaking(lead, `${lead}${sentence}`), 'unpaired-marks')
}

describe('unpaired-marks', () => {
  it('is silent on paired marks, nested ones included', () => {
    expect(findingsOf(goodReport, 'unpaired-marks')).toEqual([])
    expect(unpaired('开展“学习《民法典》（2020年版）”活动。')).toEqual([])
  })

  it.each([
    ['开展“法律进乡村活动20场。', '引号（“）没有配对，请补上后引号（”）'],
    ['开展法律进乡村”活动20场。', '引号（”）没有配对，请补上前引号（“）'],
    ['学习《民法典活动20场。', '书名号（《）没有配对'],
    ['全年（含12月办理行政处罚案件5件。', '括号（（）没有配对'],
  ])('flags “%s”', (sentence, message) => {
    const [finding] = unpaired(sentence)
    expect(finding?.severity).toBe('warning')
    expect(finding?.message).toContain(message)
    expect(finding?.evidence).toBeTruthy()
  })

  it('pairs the marks across a paragraph broken in two', () => {
    expect(unpaired('学习《重\n\n大行政决策程序暂行条例》。')).toEqual([])
  })

  it('is one finding for every paragraph with an unpaired mark', () => {
    const text = breaking(lead, '主动公开“政府信息290条。').replace(
      '人民调解矛盾纠纷221件',
      '人民调解《矛盾纠纷221件',
    )
    const findings = findingsOf(text, 'unpaired-marks')
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toMatch(/^共2段.*引号（“）没有配对.*见第\d+、\d+行/)
  })
})
