import { describe, expect, it } from 'vitest'
import { check, goodReport } from './good-report'

describe('checkReport on a complete, correct report', () => {
  const { report, result } = check(goodReport)

  it('finds every part, every item with figures, and nothing to fix', () => {
    expect(result.findings).toEqual([])
    expect(result.complete).toBe(true)
    expect(result.parts.map((part) => [part.id, part.status])).toEqual([
      ['measures', 'present'],
      ['shortcomings', 'present'],
      ['first-responsible', 'present'],
      ['next-year', 'present'],
      ['court-judgments', 'present'],
      ['other', 'missing'],
    ])
    expect(result.items.filter((item) => item.status !== 'present')).toEqual([])
    expect(result.items.filter((item) => item.figures === false)).toEqual([])
  })

  it('reads 文号 and 签发人 from one line and the 印发 line with its date', () => {
    expect(report.meta).toMatchObject({
      issuerMark: '中共清江镇委员会\n清江镇人民政府',
      docNumber: '清委〔2024〕9号',
      signer: '张亚平',
      copyTo: '中共乐清市委全面依法治市委员会办公室',
      printedBy: '清江镇党政综合办公室',
      printedDateText: '2024年2月18日',
    })
  })
})
