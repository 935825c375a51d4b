import { describe, expect, it } from 'vitest'
import { breaking, check, findingsOf, goodReport } from '../good-report'

const signed = '清江镇人民政府\n\n2024年2月18日\n'

describe('date-format', () => {
  it('is silent on 2024年3月18日', () => {
    expect(findingsOf(goodReport, 'date-format')).toEqual([])
  })

  const cases: readonly [written: string, problem: string][] = [
    ['2024年03月18日', '不编虚位'],
    ['二〇二四年三月十八日', '阿拉伯数字'],
    ['2024.3.18', '不用点或横线'],
  ]
  it.each(cases)('flags 成文日期 %s and suggests 2024年3月18日', (written, problem) => {
    const text = breaking(signed, `清江镇人民政府\n\n${written}\n`)
    expect(check(text).report.meta.dateText).toBe(written)
    const findings = findingsOf(text, 'date-format')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', part: null })
    expect(findings[0]!.message).toContain(problem)
    expect(findings[0]!.message).toContain('请改为“2024年3月18日”')
  })

  it('checks the 印发日期 too', () => {
    const text = breaking('2024年2月18日印发', '2024年02月18日印发')
    expect(findingsOf(text, 'date-format')[0]?.message).toContain('印发日期')
  })
})
