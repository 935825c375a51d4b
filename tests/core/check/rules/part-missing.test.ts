import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const firstResponsible = `三、2023年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况

镇党委书记、镇长切实履行推进法治建设第一责任人职责，亲自部署法治建设重要工作，在年终述职中专题述法。

`

describe('part-missing', () => {
  it('is silent when every required part is there', () => {
    expect(findingsOf(goodReport, 'part-missing')).toEqual([])
  })

  it('flags a missing required part as an error with the standard heading to add', () => {
    const findings = findingsOf(breaking(firstResponsible, ''), 'part-missing')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', part: 'first-responsible', line: null })
    expect(findings[0]!.message).toContain(
      '请增加一级标题“三、2023年党政主要负责人履行推进法治建设第一责任人职责',
    )
  })

  it('does not flag the optional “other” part', () => {
    expect(findingsOf(goodReport, 'part-missing').some((finding) => finding.part === 'other')).toBe(false)
  })

  it('flags court judgments when neither a heading nor content mentions them', () => {
    const text = breaking(
      '五、2023年履行法院生效裁判情况\n\n2023年，我镇需履行法院生效裁判1件，已全部履行，履行率100%。\n\n',
      '',
    )
    const findings = findingsOf(text, 'part-missing')
    expect(findings.map((finding) => finding.part)).toEqual(['court-judgments'])
    expect(findings[0]!.message).toContain('没有案件也要写明“无”')
  })
})
