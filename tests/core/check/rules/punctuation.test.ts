import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

describe('punctuation (主送 colon)', () => {
  it('is silent on a full-width colon', () => {
    expect(findingsOf(goodReport, 'punctuation')).toEqual([])
  })

  it.each([
    ['中共乐清市委、乐清市人民政府:', '半角冒号'],
    ['中共乐清市委、乐清市人民政府', '缺少冒号'],
  ])('flags “%s”', (written, problem) => {
    const findings = findingsOf(breaking('中共乐清市委、乐清市人民政府：', written), 'punctuation')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', line: 8, part: null })
    expect(findings[0]!.message).toContain(problem)
    expect(findings[0]!.message).toContain('“中共乐清市委、乐清市人民政府：”')
  })
})
