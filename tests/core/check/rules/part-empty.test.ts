import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

describe('part-empty', () => {
  it('is silent when every part has text', () => {
    expect(findingsOf(goodReport, 'part-empty')).toEqual([])
  })

  it('counts an empty paragraph left by the template as no text', async () => {
    const { check } = await import('../good-report')
    const { report } = check(goodReport)
    const emptied = {
      ...report,
      parts: report.parts.map((part) =>
        part.id === 'next-year'
          ? { ...part, blocks: [{ kind: 'paragraph' as const, runs: [{ text: '　 ' }], line: null }] }
          : part,
      ),
    }
    const { checkReport } = await import('../../../../renderer/core/check/check-report')
    const { findBuiltinTemplate } = await import('../../../../renderer/core/builtin-templates')
    const findings = checkReport(emptied, findBuiltinTemplate('standard-2019')!).findings.filter(
      (f) => f.rule === 'part-empty',
    )
    expect(findings).toMatchObject([{ severity: 'error', part: 'next-year' }])
  })

  it('flags a required part heading left without text', () => {
    const text = breaking(
      '一是执法规范化水平有待提高，原因是执法人员培训偏重集中授课；二是普法针对性不强，原因是对群众需求调研不够。\n',
      '',
    )
    const findings = findingsOf(text, 'part-empty')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', part: 'shortcomings' })
    expect(findings[0]!.line).toBeGreaterThan(0)
    expect(findings[0]!.message).toContain('标题下没有内容')
  })

  it('offers to take out an optional part left empty, and never a required one', () => {
    const text = breaking('特此报告。\n', '特此报告。\n\n六、其他需要报告的情况\n')
    const findings = findingsOf(text, 'part-empty')
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        part: 'other',
        fix: { kind: 'remove-part', label: '删除此部分', partId: 'other' },
      },
    ])
    const required = breaking(
      '一是执法规范化水平有待提高，原因是执法人员培训偏重集中授课；二是普法针对性不强，原因是对群众需求调研不够。\n',
      '',
    )
    expect(findingsOf(required, 'part-empty')[0]?.fix).toBeUndefined()
  })
})
