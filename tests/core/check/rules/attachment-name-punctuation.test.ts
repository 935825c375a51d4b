import { describe, expect, it } from 'vitest'
import type { ReplaceFix } from '../../../../renderer/core/check/finding'
import { breaking, findingsOf } from '../good-report'

const RULE = 'attachment-name-punctuation'
const withNote = (note: string): string => breaking('特此报告。\n', `特此报告。\n\n${note}\n`)

describe('attachment-name-punctuation (附件名称后不加标点符号)', () => {
  it('is silent on names written bare, and where the report has no 附件说明', () => {
    expect(
      findingsOf(withNote('附件：1．清江镇行政执法统计表\n\n2．清江镇普法活动一览（2023年）'), RULE),
    ).toEqual([])
    expect(findingsOf(breaking('特此报告。\n', '特此报告。\n'), RULE)).toEqual([])
  })

  it('names each name closed by a mark, and a fix that takes the mark off', () => {
    const text = withNote('附件：1．清江镇行政执法统计表。\n\n2．清江镇普法活动一览；')
    const findings = findingsOf(text, RULE)
    expect(findings.map((finding) => finding.message)).toEqual([
      '附件说明中的附件名称后不加标点符号，请去掉“清江镇行政执法统计表。”末尾的“。”。',
      '附件说明中的附件名称后不加标点符号，请去掉“清江镇普法活动一览；”末尾的“；”。',
    ])
    expect(findings[0]).toMatchObject({ severity: 'warning', part: 'court-judgments' })
    expect(findings[0]!.evidence).toContain('统计表。')
    // made as the editor makes it, in the paragraph the finding points at, neither finding is left
    let fixed = text
    for (const finding of findings) {
      const fix = finding.fix as ReplaceFix
      for (const { find, replace } of fix.replacements) fixed = fixed.replace(find, replace)
    }
    expect(fixed).toContain('附件：1．清江镇行政执法统计表\n\n2．清江镇普法活动一览\n')
    expect(findingsOf(fixed, RULE)).toEqual([])
  })

  it('names a mark after a name that alone on its line reads like a heading (2．…台账。)', () => {
    const findings = findingsOf(withNote('附件：1．清江镇行政执法统计表\n\n2．清江镇2023年普法台账。'), RULE)
    expect(findings.map((finding) => finding.message)).toEqual([
      '附件说明中的附件名称后不加标点符号，请去掉“清江镇2023年普法台账。”末尾的“。”。',
    ])
  })

  it('does not read a paragraph that only mentions 附件 in the 正文 as a note', () => {
    expect(findingsOf(withNote('详见附件：执法统计表。'), RULE)).toEqual([])
  })
})
