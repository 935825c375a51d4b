import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

describe('halfwidth-punctuation', () => {
  it('is silent on full-width punctuation, and on half-width marks between digits or in Latin text', () => {
    expect(findingsOf(goodReport, 'halfwidth-punctuation')).toEqual([])
    const digits = breaking('主动公开政府信息290条。', '主动公开政府信息1,290条，网址www.gov.cn，时间8:30。')
    expect(findingsOf(digits, 'halfwidth-punctuation')).toEqual([])
  })

  const cases: readonly [written: string, marks: string, fixedText: string][] = [
    ['主动公开政府信息290条,受理申请3件。', ',', '主动公开政府信息290条，受理申请3件。'],
    ['主要做法:一是公开;二是解读。', ': ;', '主要做法：一是公开；二是解读。'],
    ['落实《规划(2021—2025年)》。', '( )', '落实《规划（2021—2025年）》。'],
    ['是否全部公开?是!', '? !', '是否全部公开？是！'],
  ]
  it.each(cases)('flags “%s” and corrects it', (written, marks, fixedText) => {
    const findings = findingsOf(breaking('主动公开政府信息290条。', written), 'halfwidth-punctuation')
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.severity).toBe('warning')
    expect(finding?.message).toContain(`中有半角标点（${marks}）`)
    expect(finding?.line).toBe(24)
    expect(finding?.fix?.label).toBe('改为全角标点')
    const fix = finding?.fix
    const corrected = (fix?.kind === 'replace' ? fix.replacements : []).reduce(
      (text, { find, replace }) => text.replaceAll(find, replace),
      written,
    )
    expect(corrected).toBe(fixedText)
  })

  it('corrects the 标题 as the title', () => {
    const text = breaking('清江镇2023年法治政府建设年度报告', '清江镇(2023年)法治政府建设年度报告')
    expect(findingsOf(text, 'halfwidth-punctuation')).toMatchObject([
      { line: 6, part: null, fix: { target: 'title' } },
    ])
  })
})
