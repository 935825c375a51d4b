// The 附件说明 that ends the 正文 (附件：1．… 2．…), taken out to print between the 正文 and the 署名; text that only
// mentions an attachment, or a note with 正文 after it, stays where it is.
import { describe, expect, it } from 'vitest'
import { withoutAttachmentNote } from '../../renderer/core/attachment-note'
import { withoutAttachments } from '../../renderer/core/attachments'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { textToReport } from '../../renderer/core/import/text-to-report'
import { blockText, type Block, type Report } from '../../renderer/core/report'

const opening = [
  '西河镇人民政府关于2025年法治政府建设情况的报告',
  '西河县人民政府：',
  '一、推进法治政府建设的主要举措和成效',
  '全年开展普法活动12场。',
  '二、存在的不足和原因',
  '执法人员培训不够系统。',
]
const closing = ['西河镇人民政府', '2026年1月15日']
const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
const read = (lines: readonly string[]): Report => textToReport(lines.join('\n\n'), defaultTemplate())
const lastBlocks = (report: Report): string[] =>
  (report.parts.at(-1)?.blocks ?? report.preamble).map(blockText)
const printed = (report: Report): string[] =>
  withoutAttachmentNote(report).note.map((line) => `${line.label}|${line.number}|${line.name}`)

describe('the 附件说明', () => {
  it('is the numbered list after 附件： at the end of the last part, each name on a line of its own', () => {
    const report = read([...opening, '附件：1．西河镇行政执法统计表', '2．西河镇普法活动一览表', ...closing])
    expect(printed(report)).toEqual(['附件：|1．|西河镇行政执法统计表', '|2．|西河镇普法活动一览表'])
    expect(lastBlocks(withoutAttachmentNote(report).report)).toEqual(['执法人员培训不够系统。'])
  })

  it('is a single name without a number, and takes a half-width colon and numbers as written', () => {
    expect(printed(read([...opening, '附件:西河镇行政执法统计表', ...closing]))).toEqual([
      '附件：||西河镇行政执法统计表',
    ])
    expect(printed(read([...opening, '附件：1. 统计表', '2、一览表', '3．名册', ...closing]))).toEqual([
      '附件：|1.|统计表',
      '|2、|一览表',
      '|3．|名册',
    ])
  })

  it('ends the text before the first part when the report has no parts', () => {
    const report = read(['今年我镇依法行政。', '附件：1．统计表', '2．一览表'])
    expect(report.parts.filter((part) => part.blocks.length > 0)).toEqual([])
    const split = withoutAttachmentNote(report)
    expect(split.note.map((line) => line.name)).toEqual(['统计表', '一览表'])
    expect(split.report.preamble.map(blockText)).toEqual(['今年我镇依法行政。'])
  })

  it('is not a paragraph that mentions an attachment, nor a note with 正文 or a heading after it', () => {
    for (const lines of [
      [...opening, '具体数据见附件：执法统计表。', ...closing],
      [...opening, '附件：1．统计表', '以上情况特此报告。', ...closing],
      [...opening, '附件：1．统计表', '三、党政主要负责人履行推进法治建设第一责任人职责情况', ...closing],
    ]) {
      const report = read(lines)
      const split = withoutAttachmentNote(report)
      expect(split.note, lines.join('/')).toEqual([])
      expect(split.report).toBe(report)
    }
  })

  it('leaves the other parts the very objects they were', () => {
    const report = read([...opening, '附件：1．统计表', ...closing])
    const { report: main } = withoutAttachmentNote(report)
    expect(main.parts.slice(0, -1)).toEqual(report.parts.slice(0, -1))
    main.parts.slice(0, -1).forEach((part, index) => expect(part).toBe(report.parts[index]))
    expect(main.meta).toBe(report.meta)
  })

  it('is 附件： alone on its line over the names, printed in front of the first, and is no attachment', () => {
    const report = read([
      ...opening,
      '附件：',
      '1．西河镇行政执法统计表',
      '2．西河镇普法活动一览表',
      ...closing,
    ])
    expect(withoutAttachments(report).attachments).toEqual([])
    expect(printed(report)).toEqual(['附件：|1．|西河镇行政执法统计表', '|2．|西河镇普法活动一览表'])
    expect(lastBlocks(withoutAttachmentNote(report).report)).toEqual(['执法人员培训不够系统。'])
    // as typed in the editor: paragraphs, numbers and all
    const typed: Report = {
      ...report,
      parts: report.parts.map((part, index) =>
        index === report.parts.length - 1
          ? {
              ...part,
              blocks: [...part.blocks.slice(0, 1), p('附件:'), p(''), p('1. 统计表'), p('2. 一览表')],
            }
          : part,
      ),
    }
    expect(withoutAttachments(typed).attachments).toEqual([])
    expect(printed(typed)).toEqual(['附件：|1.|统计表', '|2.|一览表'])
    // with Word's own numbering, a numbered list
    const numbered: Block = { kind: 'list', ordered: true, items: ['统计表', '一览表'], line: null }
    const listed: Report = {
      ...typed,
      parts: typed.parts.map((part, index) =>
        index === typed.parts.length - 1 ? { ...part, blocks: [...part.blocks.slice(0, 2), numbered] } : part,
      ),
    }
    expect(withoutAttachments(listed).attachments).toEqual([])
    expect(printed(listed)).toEqual(['附件：|1．|统计表', '|2．|一览表'])
    expect(lastBlocks(withoutAttachmentNote(listed).report)).toEqual(['执法人员培训不够系统。'])
  })

  it('leaves 附件： over an attachment’s title after the 署名 an attachment label', () => {
    const report = read([...opening, ...closing, '附件：', '西河镇行政执法统计表', '全年办理案件23件。'])
    expect(withoutAttachments(report).attachments.map((entry) => entry.title)).toEqual([
      '西河镇行政执法统计表',
    ])
    expect(printed(withoutAttachments(report).report)).toEqual([])
  })
})
