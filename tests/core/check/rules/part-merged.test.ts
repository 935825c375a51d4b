import { describe, expect, it } from 'vitest'
import { breaking, check, findingsOf, goodReport } from '../good-report'

describe('part-merged', () => {
  it('is silent when each part has its own heading', () => {
    expect(findingsOf(goodReport, 'part-merged')).toEqual([])
  })

  it('flags 第一责任人 written only as a paragraph inside the measures', () => {
    const text = breaking(
      '三、2023年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况\n\n',
      '',
    )
    const { result } = check(text)
    expect(result.parts.find((part) => part.id === 'first-responsible')?.status).toBe('merged')
    const findings = result.findings.filter((finding) => finding.rule === 'part-merged')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', part: 'first-responsible' })
    expect(findings[0]!.line).toBeGreaterThan(0)
    expect(findings[0]!.message).toContain('请单列一级标题')
  })

  it('treats a part demoted to a sub-heading as merged, not present', () => {
    const text = breaking('二、2023年推进法治政府建设存在的不足和原因', '（九）存在的不足和原因')
    const { result } = check(text)
    expect(result.parts.find((part) => part.id === 'shortcomings')?.status).toBe('merged')
    expect(result.complete).toBe(true)
  })
})
