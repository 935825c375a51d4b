import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const signed = '清江镇人民政府\n\n2024年2月18日'

describe('date-after-deadline', () => {
  it.each(['2024年2月18日', '2024年3月1日'])('is silent on %s, by the deadline', (date) => {
    expect(findingsOf(breaking(signed, `清江镇人民政府\n\n${date}`), 'date-after-deadline')).toEqual([])
    expect(findingsOf(goodReport, 'date-after-deadline')).toEqual([])
  })

  it('flags a 成文日期 after 1 March of the next year', () => {
    const [finding] = findingsOf(breaking(signed, '清江镇人民政府\n\n2024年3月18日'), 'date-after-deadline')
    expect(finding).toMatchObject({ severity: 'warning', evidence: '2024年3月18日' })
    expect(finding?.message).toContain('晚于2024年3月1日')
  })
})
