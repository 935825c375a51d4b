// A report's attachments, as Word and text files bring them in (the blocks after the first 附件 label at the end of
// the text), taken out of the 正文 to print after the 署名; what only looks like one stays where it is.
import { describe, expect, it } from 'vitest'
import { isAttachmentLabel, withoutAttachments } from '../../renderer/core/attachments'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { textToReport } from '../../renderer/core/import/text-to-report'
import type { Block } from '../../renderer/core/report'

const text = (block: Block): string =>
  block.kind === 'paragraph'
    ? block.runs.map((run) => run.text).join('')
    : block.kind === 'heading'
      ? `${String(block.level)}:${block.text}`
      : block.kind

const body = [
  '东岭镇人民政府关于2023年法治政府建设情况的报告',
  '东岭县人民政府：',
  '一、推进法治政府建设的主要举措和成效',
  '全年开展普法活动20场。',
  '二、存在的不足和原因',
  '执法人员培训不够系统。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '镇党委书记带头学法讲法。',
  '四、2024年推进法治政府建设的主要安排',
  '组织执法人员培训2次。',
  '附件：1．东岭镇行政执法统计表',
  '2．东岭镇普法活动一览',
]
const closing = ['东岭镇人民政府', '2024年1月20日']
const read = (lines: readonly string[]) => textToReport(lines.join('\n\n'), defaultTemplate())

describe('an attachment label', () => {
  it('is 附件 with or without a number, on a line of its own', () => {
    for (const label of ['附件', '附件1', '附件 2', '附件二', '附件３：', '附件：'])
      expect(isAttachmentLabel(label), label).toBe(true)
    for (const line of ['附件：1．东岭镇行政执法统计表', '附件说明', '见附件1。', '附件123456'])
      expect(isAttachmentLabel(line), line).toBe(false)
  })
})

describe('a report without its attachments', () => {
  it('keeps the 正文 and the 附件说明, and gives each attachment its label, title and text', () => {
    const report = read([
      ...body,
      ...closing,
      '附件1',
      '东岭镇行政执法统计表',
      '全年行政处罚案件37件。',
      '附件2',
      '东岭镇普法活动一览',
      '开展法治讲座9场。',
      '发放宣传资料8000余份。',
    ])
    expect(report.meta.issuers).toEqual(['东岭镇人民政府'])
    const { report: main, attachments } = withoutAttachments(report)
    expect(main.parts.at(-1)!.blocks.map(text)).toEqual([
      '组织执法人员培训2次。',
      '附件：1．东岭镇行政执法统计表',
      '2．东岭镇普法活动一览',
    ])
    expect(main.parts.slice(0, -1)).toEqual(report.parts.slice(0, -1))
    expect(attachments.map((a) => ({ ...a, blocks: a.blocks.map(text) }))).toEqual([
      { label: '附件1', title: '东岭镇行政执法统计表', blocks: ['全年行政处罚案件37件。'] },
      {
        label: '附件2',
        title: '东岭镇普法活动一览',
        blocks: ['开展法治讲座9场。', '发放宣传资料8000余份。'],
      },
    ])
  })

  it('takes the numbered sections of an attachment with it, read as parts the template does not know', () => {
    const report = read([
      ...body,
      ...closing,
      '附件',
      '东岭镇行政执法统计表',
      '一、基本情况',
      '全年行政处罚案件37件。',
      '二、说明',
      '统计截至12月31日。',
    ])
    const { report: main, attachments } = withoutAttachments(report)
    expect(main.parts.every((part) => part.id !== null)).toBe(true)
    expect(attachments).toHaveLength(1)
    expect(attachments[0]!.label).toBe('附件')
    expect(attachments[0]!.blocks.map(text)).toContain('全年行政处罚案件37件。')
    expect(attachments[0]!.blocks.map(text)).toContain('统计截至12月31日。')
    expect(attachments[0]!.blocks.map(text).filter((t) => t.startsWith('1:'))).toContain('1:说明')
  })

  it('has no title where the attachment opens with a sentence', () => {
    const report = read([...body, ...closing, '附件2', '全年行政处罚案件37件，行政许可办件1200件。'])
    const [attachment] = withoutAttachments(report).attachments
    expect(attachment).toEqual({
      label: '附件2',
      title: null,
      blocks: [expect.objectContaining({ kind: 'paragraph' })],
    })
  })

  it('is the report itself where there is no label, or where a part the template knows follows one', () => {
    const plain = read([...body, ...closing])
    expect(withoutAttachments(plain)).toEqual({ report: plain, attachments: [] })
    const misplaced = read([
      ...body.slice(0, 4),
      '附件1',
      '东岭镇行政执法统计表',
      ...body.slice(4),
      ...closing,
    ])
    expect(withoutAttachments(misplaced)).toEqual({ report: misplaced, attachments: [] })
  })
})
