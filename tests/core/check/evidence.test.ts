import { describe, expect, it } from 'vitest'
import { quoteEvidence } from '../../../renderer/core/check/evidence'
import { breaking, check, findingsOf } from './good-report'

describe('quoteEvidence', () => {
  const sentence = '2023年，清江镇深入学习贯彻习近平法治思想，扎实推进法制政府建设，全面提升依法行政水平。'

  it('quotes at most 30 characters, the place itself included', () => {
    const at = sentence.indexOf('法制政府')
    const quote = quoteEvidence(sentence, at, at + 4)
    expect(Array.from(quote)).toHaveLength(30)
    expect(quote).toContain('法制政府')
    expect(sentence).toContain(quote)
  })

  it('quotes a short text whole, and the opening of a long one without a place', () => {
    expect(quoteEvidence('特此报告。')).toBe('特此报告。')
    expect(quoteEvidence(sentence)).toBe(Array.from(sentence).slice(0, 30).join(''))
  })

  it('keeps a place near the end inside the quote', () => {
    const at = sentence.indexOf('水平')
    expect(quoteEvidence(sentence, at, at + 2).endsWith('依法行政水平。')).toBe(true)
  })

  it('cuts a place longer than 30 characters to its first 30', () => {
    expect(quoteEvidence(sentence, 0, sentence.length)).toBe(Array.from(sentence).slice(0, 30).join(''))
  })

  it('makes runs of white space one space', () => {
    expect(quoteEvidence('清委〔2024〕9号        签发人：张亚平')).toBe('清委〔2024〕9号 签发人：张亚平')
  })
})

describe('evidence on findings', () => {
  it('quotes the phrase a finding is about, from its paragraph', () => {
    const [finding] = findingsOf(breaking('扎实推进法治政府建设', '扎实推进法制政府建设'), 'wrong-term')
    expect(finding?.evidence).toContain('法制政府')
  })

  it('quotes the field a metadata finding is about', () => {
    const [finding] = findingsOf(breaking('清委〔2024〕9号', '清委[2024]9号'), 'doc-number-format')
    expect(finding?.evidence).toBe('清委[2024]9号')
  })

  it('quotes nothing for what is missing', () => {
    const text = breaking(
      '五、2023年履行法院生效裁判情况\n\n2023年，我镇需履行法院生效裁判1件，已全部履行，履行率100%。\n\n',
      '',
    )
    const missing = check(text).result.findings.filter((finding) => finding.rule === 'part-missing')
    expect(missing.length).toBeGreaterThan(0)
    for (const finding of missing) expect(finding.evidence).toBeUndefined()
  })
})
