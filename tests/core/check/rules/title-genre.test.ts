import { describe, expect, it } from 'vitest'
import { breaking, findingsOf } from '../good-report'

const title = '清江镇2023年法治政府建设年度报告'

describe('title-genre', () => {
  it.each([title, '清江镇关于2023年法治政府建设情况的报告'])('is silent on “%s”', (written) => {
    expect(findingsOf(breaking(title, written), 'title-genre')).toEqual([])
  })

  it('names the wrong kind of document', () => {
    const [finding] = findingsOf(breaking(title, '清江镇2023年法治政府建设工作总结'), 'title-genre')
    expect(finding).toMatchObject({ severity: 'warning', evidence: '清江镇2023年法治政府建设工作总结' })
    expect(finding?.message).toContain('不是“总结”')
  })

  it('asks for the kind when the title names none', () => {
    const [finding] = findingsOf(breaking(title, '清江镇2023年法治政府建设情况'), 'title-genre')
    expect(finding?.message).toContain('应以文种“报告”结尾')
    expect(finding?.line).toBeGreaterThan(0)
  })
})
