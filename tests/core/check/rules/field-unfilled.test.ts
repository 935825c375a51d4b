import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

describe('field-unfilled (【　】 left empty)', () => {
  it('is silent when every figure is filled in', () => {
    expect(findingsOf(goodReport, 'field-unfilled')).toEqual([])
  })

  for (const field of ['【　】', '【】', '【  】'])
    it(`flags ${field} as an error in the part where it stands`, () => {
      const findings = findingsOf(breaking('行政复议案件2件', `行政复议案件${field}件`), 'field-unfilled')
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({ severity: 'error', part: 'measures' })
      expect(findings[0]!.message).toContain('1 处数字未填写')
      expect(findings[0]!.line).not.toBeNull()
    })

  it('counts several empty fields in one paragraph once, with their number', () => {
    const text = breaking('行政复议案件2件', '行政复议案件【　】件').replace('应诉率100%', '应诉率【　】%')
    const findings = findingsOf(text, 'field-unfilled')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toContain('2 处')
  })
})
