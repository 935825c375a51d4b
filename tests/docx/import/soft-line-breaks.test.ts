// Manual line breaks (Shift+Enter, the 软回车 Word shows as ↓) inside a paragraph, as text copied from a web page or
// a chat brings them: a break after a sentence or a numbered heading, or before a numbered heading, item or date,
// ends a paragraph, so the parts, headings and 署名/成文日期 read as in the same report typed line by line; a break
// that wraps a title or a pair of issuing bodies still joins its lines.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import { blockText, type Report } from '../../../renderer/core/report'
import { importReport } from '../../../renderer/docx/import/import-report'

const template = findBuiltinTemplate('standard-2019')!

/** One Word paragraph per entry, its lines joined by manual line breaks. */
async function docxOf(paragraphs: readonly (readonly string[])[], headingFirst = false): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: paragraphs.map(
          (lines, index) =>
            new Paragraph({
              ...(headingFirst && index === 1 ? { heading: HeadingLevel.HEADING_1 } : {}),
              children: lines.map((line, at) => new TextRun({ text: line, break: at === 0 ? 0 : 1 })),
            }),
        ),
      },
    ],
  })
  return new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer())
}

async function imported(bytes: Uint8Array): Promise<Report> {
  const result = await importReport('报告.docx', bytes, template)
  if (!result.ok) throw new Error(result.error.message)
  return result.value.report
}

/** The parts found and what each holds, as text. */
function outline(report: Report): (string | null)[][] {
  return report.parts.map((part) => [part.heading, ...part.blocks.map(blockText)])
}

const lines = [
  '示范镇2025年法治政府建设年度报告',
  '一、推进法治政府建设的主要举措和成效',
  '（一）加强学习。镇党委理论学习中心组学法4次。',
  '（二）规范执法。办理行政复议案件2件，行政诉讼案件1件。',
  '二、存在的不足和原因',
  '执法培训不够系统。',
  '三、下一年度推进法治政府建设的主要安排',
  '2026年，我镇将开展执法培训2次。',
]

describe('a manual line break in a .docx', () => {
  it('after a numbered heading, a sentence or before a numbered item ends a paragraph', async () => {
    const broken = await imported(
      await docxOf([[lines[0]!], lines.slice(1, 4), lines.slice(4, 6), lines.slice(6)]),
    )
    const typed = textToReport(lines.join('\n'), template)
    expect(outline(broken)).toEqual(outline(typed))
    expect(broken.parts.map((part) => part.id)).toEqual(['measures', 'shortcomings', 'next-year'])
    expect(outline(broken)[1]).toEqual(['存在的不足和原因', '执法培训不够系统。'])
  })

  it('in a heading-styled paragraph leaves the heading its own line and the text after it text', async () => {
    const report = await imported(
      await docxOf([[lines[0]!], ['推进法治政府建设的主要举措和成效', lines[2]!], lines.slice(4, 6)], true),
    )
    expect(report.parts[0]?.id).toBe('measures')
    expect(report.parts[0]?.blocks.map(blockText).join('')).toContain('镇党委理论学习中心组学法4次。')
    expect(report.parts[0]?.heading).not.toContain('加强学习')
  })

  it('between two sentences of one paragraph makes two paragraphs', async () => {
    const report = await imported(
      await docxOf([[lines[0]!], [lines[1]!], ['全年办理行政复议案件2件。', '行政诉讼案件1件，均已审结。']]),
    )
    expect(report.parts[0]?.blocks.map(blockText)).toEqual([
      '全年办理行政复议案件2件。',
      '行政诉讼案件1件，均已审结。',
    ])
  })

  it('inside a sentence, a title or a pair of issuing bodies joins its lines', async () => {
    const report = await imported(
      await docxOf([
        ['关于示范镇2025年', '法治政府建设情况的报告'],
        [lines[1]!],
        ['全年办理行政复议案件2件，行政诉讼', '案件1件。'],
      ]),
    )
    expect(report.meta.title).toBe('关于示范镇2025年法治政府建设情况的报告')
    expect(report.parts[0]?.blocks.map(blockText)).toEqual(['全年办理行政复议案件2件，行政诉讼案件1件。'])
  })

  it('before a date parts the 署名 from the 成文日期', async () => {
    const report = await imported(
      await docxOf([[lines[0]!], lines.slice(1, 3), ['示范镇人民政府', '2026年1月20日']]),
    )
    expect(report.meta.issuers).toEqual(['示范镇人民政府'])
    expect(report.meta.dateText).toBe('2026年1月20日')
  })

  it('reads a paragraph of thousands of broken lines, joining and parting each as above', async () => {
    const broken = Array.from({ length: 2000 }, (_, index) =>
      index % 2 === 0 ? `第${String(index)}行接续` : `下文。`,
    )
    const report = await imported(await docxOf([[lines[0]!], [lines[1]!], broken]))
    const paragraphs = report.parts[0]?.blocks.map(blockText) ?? []
    expect(paragraphs).toHaveLength(1000)
    expect(paragraphs[0]).toBe('第0行接续下文。')
    expect(paragraphs.at(-1)).toBe('第1998行接续下文。')
  })
})
