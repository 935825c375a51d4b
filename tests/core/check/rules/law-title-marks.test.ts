import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const paragraph = '主动公开政府信息290条。'
const corrected = (written: string): string => {
  const [finding] = findingsOf(breaking(paragraph, written), 'law-title-marks')
  const fix = finding?.fix
  return (fix?.kind === 'replace' ? fix.replacements : []).reduce(
    (text, { find, replace }) => text.replaceAll(find, replace),
    written,
  )
}

describe('law-title-marks', () => {
  it('is silent on titles in 《》, on names running into other words, and on 宪法 and 民法典', () => {
    expect(findingsOf(goodReport, 'law-title-marks')).toEqual([])
    for (const written of [
      '组织学习《中华人民共和国行政处罚法》。',
      '贯彻落实《行政复议法实施条例》和《法治政府建设实施纲要（2021—2025年）》。',
      '规范行政复议法律文书，开展宪法宣传周和民法典宣传月活动。',
    ])
      expect(findingsOf(breaking(paragraph, written), 'law-title-marks')).toEqual([])
  })

  it('flags a bare title and puts it in 《》 in one click', () => {
    const [finding] = findingsOf(
      breaking(paragraph, '组织“全县行政处罚法知识竞答”，宣传行政复议法。'),
      'law-title-marks',
    )
    expect(finding).toMatchObject({
      severity: 'warning',
      line: 24,
      fix: { kind: 'replace', label: '加上书名号' },
    })
    expect(finding?.message).toBe(
      '“行政处罚法”“行政复议法”是法规文件的名称，应加书名号：《行政处罚法》《行政复议法》。',
    )
    expect(corrected('组织“全县行政处罚法知识竞答”，宣传行政复议法。')).toBe(
      '组织“全县《行政处罚法》知识竞答”，宣传《行政复议法》。',
    )
  })

  it('marks titles listed with 、 side by side, without the 顿号 (GB/T 15834)', () => {
    expect(corrected('学习行政处罚法、行政复议法和行政诉讼法。')).toBe(
      '学习《行政处罚法》《行政复议法》和《行政诉讼法》。',
    )
    expect(corrected('学习中华人民共和国行政处罚法、中华人民共和国行政许可法。')).toBe(
      '学习《中华人民共和国行政处罚法》《中华人民共和国行政许可法》。',
    )
    expect(corrected('学习行政处罚法，落实行政复议法、配套制度。')).toBe(
      '学习《行政处罚法》，落实《行政复议法》、配套制度。',
    )
  })

  it('takes 中华人民共和国 into the marks with the name', () => {
    expect(corrected('学习中华人民共和国行政许可法。')).toBe('学习《中华人民共和国行政许可法》。')
  })
})
