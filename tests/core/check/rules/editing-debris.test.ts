import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const lead = '主动公开政府信息290条。'

describe('editing-debris', () => {
  it('is silent on a clean report', () => {
    expect(findingsOf(goodReport, 'editing-debris')).toEqual([])
  })

  it('finds the hidden-bookmark text a converted Word file leaves, once, and removes it in one click', () => {
    const findings = findingsOf(breaking(lead, `${lead}[bookmark: _GoBack]`), 'editing-debris')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      fix: { kind: 'replace', label: '删除', replacements: [{ find: '[bookmark: _GoBack]', replace: '' }] },
    })
  })

  it.each([
    ['{ PAGE \\* MERGEFORMAT }', 'Word 域代码'],
    ['【批注：此处数字请核实】', '批注或修订意见'],
    ['【填写数字】件', '待填写的提示'],
    ['××镇', '模板占位符'],
  ])('finds %s', (debris, what) => {
    const findings = findingsOf(breaking(lead, `${lead}${debris}`), 'editing-debris')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toContain(what)
  })
})
