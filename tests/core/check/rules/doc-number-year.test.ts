import { describe, expect, it } from 'vitest'
import { breaking, check, findingsOf } from '../good-report'

const signed = '清江镇人民政府\n\n2024年2月18日\n'

/** goodReport (清委〔2024〕9号, 2024年2月18日) with another 文号 and 成文日期. */
function numberedAndSigned(docNumber: string, date: string): string {
  return breaking('清委〔2024〕9号', docNumber).replace(signed, `清江镇人民政府\n\n${date}\n`)
}

describe('doc-number-year', () => {
  // the 文号, the 成文日期, what the message says
  const cases: readonly [docNumber: string, date: string, says: string][] = [
    ['清委〔2023〕9号', '2024年2月18日', '可能沿用了上一年的文号'],
    ['清委〔2025〕9号', '2024年2月18日', '请改为“清委〔2024〕”'],
    ['清委〔2023〕号', '2024年2月18日', '年份是2023年'],
    ['清委[2023]9号', '2024年2月18日', '请改为“清委〔2024〕”'],
    ['清委〔2024〕9号', '2023年12月26日', '成文日期“2023年12月26日”却在2023年'],
  ]
  it.each(cases)('flags 文号 %s dated %s', (docNumber, date, says) => {
    const { report, result } = check(numberedAndSigned(docNumber, date))
    expect(report.meta).toMatchObject({ docNumber, dateText: date })
    const findings = result.findings.filter((finding) => finding.rule === 'doc-number-year')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', part: null, line: 4, evidence: docNumber })
    expect(findings[0]!.message).toContain(says)
  })

  it('takes the year of the date, not of the report', () => {
    expect(
      findingsOf(numberedAndSigned('清委〔2024〕9号', '2023年12月26日'), 'doc-number-year'),
    ).toHaveLength(1)
    expect(findingsOf(numberedAndSigned('清委〔2023〕9号', '2023年12月26日'), 'doc-number-year')).toEqual([])
  })

  it('waits for a 成文日期 that itself does not fit the report year or is still to come', () => {
    const lastYear = numberedAndSigned('清委〔2023〕9号', '2024年2月18日')
    expect(findingsOf(lastYear, 'doc-number-year', { today: '2024-02-18' })).toHaveLength(1)
    expect(findingsOf(lastYear, 'doc-number-year', { today: '2024-02-17' })).toEqual([])
    const stale = numberedAndSigned('清委〔2024〕9号', '2023年3月1日')
    expect(findingsOf(stale, 'year-conflict')).toHaveLength(1)
    expect(findingsOf(stale, 'doc-number-year')).toEqual([])
  })
})
