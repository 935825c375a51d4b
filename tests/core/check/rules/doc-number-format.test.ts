import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../../renderer/core/builtin-templates'
import { checkReport } from '../../../../renderer/core/check/check-report'
import { breaking, check, findingsOf, goodReport } from '../good-report'

describe('doc-number-format', () => {
  it('is silent on 清委〔2024〕9号', () => {
    expect(findingsOf(goodReport, 'doc-number-format')).toEqual([])
  })

  const cases: readonly [written: string, problem: string][] = [
    ['清委[2024]9号', '六角括号'],
    ['清委【2024】9号', '六角括号'],
    ['清委（2024）9号', '六角括号'],
    ['清委〔2024〕09号', '不编虚位'],
    ['清委〔2024〕第9号', '不加“第”'],
  ]
  it.each(cases)('flags %s and suggests the correct form', (written, problem) => {
    const findings = findingsOf(breaking('清委〔2024〕9号', written), 'doc-number-format')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', part: null, line: 4 })
    expect(findings[0]!.message).toContain(problem)
    expect(findings[0]!.message).toContain('请改为“清委〔2024〕9号”')
  })
})

describe('doc-number-format after rollover', () => {
  it('asks for the 序号 of a 文号 left without one', () => {
    const { report } = check(goodReport)
    const template = findBuiltinTemplate('standard-2019')!
    const result = checkReport({ ...report, meta: { ...report.meta, docNumber: '清委〔2025〕号' } }, template)
    const findings = result.findings.filter((finding) => finding.rule === 'doc-number-format')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toContain('还没有序号')
  })
})
