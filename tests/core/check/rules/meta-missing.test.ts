import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const messages = (text: string): string[] =>
  findingsOf(text, 'meta-missing').map((finding) => finding.message)

describe('meta-missing', () => {
  it('is silent on a report with 签发人, 主送, 署名 and 成文日期', () => {
    expect(messages(goodReport)).toEqual([])
  })

  it('asks an 上行文 (it has a 文号) for its 签发人 and its 主送', () => {
    const text = breaking('                签发人：张亚平', '').replace(
      '中共乐清市委、乐清市人民政府：\n\n',
      '',
    )
    expect(messages(text)).toEqual([
      expect.stringContaining('应标注签发人'),
      expect.stringContaining('应写主送机关'),
    ])
  })

  it('does not ask a report without 文号, 签发人 or 主送 (a 公开 version) for them', () => {
    const text = breaking('清委〔2024〕9号                签发人：张亚平', '').replace(
      '中共乐清市委、乐清市人民政府：\n\n',
      '',
    )
    expect(messages(text)).toEqual([])
  })

  it('asks every report for its 署名 and 成文日期', () => {
    const text = breaking(
      '特此报告。\n\n中共清江镇委员会\n\n清江镇人民政府\n\n2024年2月18日\n',
      '特此报告。\n',
    )
    expect(messages(text)).toEqual([
      expect.stringContaining('没有署名'),
      expect.stringContaining('没有成文日期'),
    ])
    expect(findingsOf(text, 'meta-missing').every((finding) => finding.severity === 'warning')).toBe(true)
  })
})
