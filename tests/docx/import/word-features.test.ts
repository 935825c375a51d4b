// A .docx as Word or WPS writes one, built with the docx library: heading styles (Heading 1 and the
// Chinese 标题 2), automatic numbering, a text box, a footnote and an image. The import keeps the
// text of each and says what it dropped.
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  Textbox,
} from 'docx'
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { blockText } from '../../../renderer/core/report'
import { importReport } from '../../../renderer/docx/import/import-report'

const template = findBuiltinTemplate('standard-2019')!

// 1×1 transparent PNG.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
)

async function wordLikeDocx(): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'list',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: 'left' }],
        },
      ],
    },
    styles: {
      paragraphStyles: [{ id: 'cnHeading2', name: '标题 2', basedOn: 'Normal', run: { bold: true } }],
    },
    footnotes: { 1: { children: [new Paragraph('数据来源：镇司法所台账。')] } },
    sections: [
      {
        children: [
          new Paragraph('清江镇2023年法治政府建设年度报告'),
          new Paragraph('2023年，我镇扎实推进法治政府建设。现将有关情况报告如下：'),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            text: '一、2023年推进法治政府建设的主要举措和成效',
          }),
          new Paragraph({ style: 'cnHeading2', text: '加强普法宣传' }),
          new Paragraph({
            children: [
              new TextRun({ text: '一是', bold: true }),
              new TextRun('开展法治宣传活动41场'),
              new FootnoteReferenceRun(1),
              new TextRun('。'),
            ],
          }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } })],
          }),
          new Paragraph({ numbering: { reference: 'list', level: 0 }, text: '完善普法责任清单。' }),
          new Paragraph({ numbering: { reference: 'list', level: 0 }, text: '开展“宪法进万家”活动。' }),
          new Textbox({
            style: { width: '100pt', height: '40pt' },
            children: [new Paragraph('文本框中的说明文字。')],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: '二、存在的不足和原因' }),
          new Paragraph('执法力量不足，原因是编制有限。'),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

describe('a .docx with Word features', () => {
  it('reads styles, numbering, text boxes and footnotes, and notes the dropped image', async () => {
    const result = await importReport('word.docx', await wordLikeDocx(), template)
    if (!result.ok) throw new Error(result.error.message)
    const { report, notices } = result.value
    expect(report.meta.title).toBe('清江镇2023年法治政府建设年度报告')
    expect(report.parts.map((part) => part.id)).toEqual(['measures', 'shortcomings'])
    const blocks = report.parts[0]!.blocks
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 2, text: '加强普法宣传' })
    expect(blocks[1]).toMatchObject({
      kind: 'paragraph',
      runs: [
        { text: '一是', bold: true },
        { text: '开展法治宣传活动41场（注：数据来源：镇司法所台账。）。' },
      ],
    })
    expect(blocks).toContainEqual(
      expect.objectContaining({
        kind: 'list',
        ordered: true,
        items: ['完善普法责任清单。', '开展“宪法进万家”活动。'],
      }),
    )
    expect(blocks.map(blockText)).toContain('文本框中的说明文字。')
    expect(notices).toEqual([expect.stringContaining('1 张图片未导入')])
  })
})

describe('files the importer refuses, in Chinese', () => {
  const cases: { name: string; bytes: Uint8Array; code: string; says: string }[] = [
    {
      name: '去年的报告.doc',
      bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      code: 'old-word-format',
      says: '另存为',
    },
    {
      name: '报告.wps',
      bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      code: 'old-word-format',
      says: '.docx',
    },
    {
      name: '加密.docx',
      bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      code: 'encrypted-docx',
      says: '密码',
    },
    {
      name: '损坏.docx',
      bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      code: 'not-a-docx',
      says: '不是有效的 Word 文档',
    },
  ]
  for (const { name, bytes, code, says } of cases)
    it(`${name} → ${code}`, async () => {
      const result = await importReport(name, bytes, template)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe(code)
      expect(result.error.message).toContain(says)
    })
})
