import { describe, expect, it } from 'vitest'
import { breaking, check, findingsOf, goodReport } from '../good-report'

describe('closing-phrase (特此报告)', () => {
  it('is silent when the upward report ends with 特此报告', () => {
    expect(findingsOf(goodReport, 'closing-phrase')).toEqual([])
  })

  it('warns when an upward report lacks it', () => {
    const findings = findingsOf(breaking('特此报告。\n\n', ''), 'closing-phrase')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', part: 'court-judgments' })
    expect(findings[0]!.message).toContain('特此报告')
    expect(findings[0]!.fix).toEqual({
      kind: 'append-paragraph',
      label: '在最后加上“特此报告。”',
      text: '特此报告。',
    })
  })

  it('does not ask the public version (附注 公开发布, no 签发人) for it', () => {
    const text = breaking('特此报告。\n\n', '')
      .replace('                签发人：张亚平', '')
      .replace('2024年2月18日\n\n抄送', '2024年2月18日\n\n（此件公开发布）\n\n抄送')
    const { report } = check(text)
    expect(report.meta.version).toBe('public')
    expect(findingsOf(text, 'closing-phrase')).toEqual([])
  })

  it('reads the end of the last part that says something, past an empty part and empty paragraphs', () => {
    const emptyOther = breaking('特此报告。\n', '特此报告。\n\n　\n\n六、其他需要报告的情况\n')
    expect(findingsOf(emptyOther, 'closing-phrase')).toEqual([])
  })

  it('appends after the last written paragraph when it is missing, not in an empty part after it', () => {
    const { report } = check(breaking('特此报告。\n', '六、其他需要报告的情况\n'))
    const last = report.parts.find((part) => part.id === 'court-judgments')!.blocks.at(-1)!
    expect(findingsOf(breaking('特此报告。\n', '六、其他需要报告的情况\n'), 'closing-phrase')).toMatchObject([
      { part: 'court-judgments', line: last.line, fix: { kind: 'append-paragraph' } },
    ])
  })

  it('finds it above the 附件说明 and the attachments, and says it is missing there without a fix that lands in them', () => {
    const note = '特此报告。\n\n附件：1．清江镇行政执法统计表\n\n2．清江镇普法活动一览\n'
    const attachments = '\n\n附件1\n\n清江镇行政执法统计表\n\n全年行政处罚案件37件。\n\n抄送'
    const full = breaking('特此报告。\n', note).replace(
      '2024年2月18日\n\n抄送',
      `2024年2月18日${attachments}`,
    )
    expect(check(full).report.meta.dateText).toBe('2024年2月18日')
    expect(findingsOf(full, 'closing-phrase')).toEqual([])
    const missing = full.replace('特此报告。\n\n附件：', '附件：')
    const findings = findingsOf(missing, 'closing-phrase')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.fix).toBeUndefined()
  })
})
