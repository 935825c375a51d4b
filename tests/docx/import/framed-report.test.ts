// A report set in a one-column table (a bordered frame around the text, or a form's single column): its rows are
// the report's lines, read as paragraphs, not a table of figures; a table of two columns stays a table.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { blockText } from '../../../renderer/core/report'
import { importReport } from '../../../renderer/docx/import/import-report'

const template = findBuiltinTemplate('standard-2019')!

const lines = [
  '示范镇2025年法治政府建设年度报告',
  '一、推进法治政府建设的主要举措和成效',
  '全年办理行政复议案件2件，行政诉讼案件1件。',
  '二、存在的不足和原因',
  '执法培训不够系统，原因是重视不够。',
  '示范镇人民政府',
  '2026年1月20日',
]

async function framed(columns: 1 | 2): Promise<Uint8Array> {
  const rows = lines.map(
    (line) =>
      new TableRow({
        children: Array.from(
          { length: columns },
          (_, column) => new TableCell({ children: [new Paragraph(column === 0 ? line : '2件')] }),
        ),
      }),
  )
  const document = new Document({ sections: [{ children: [new Table({ rows })] }] })
  return new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer())
}

describe('a report set in a table', () => {
  it('of one column is read line by line: its parts, 署名 and date are found', async () => {
    const result = await importReport('报告.docx', await framed(1), template)
    if (!result.ok) throw new Error(result.error.message)
    const { report } = result.value
    expect(report.parts.map((part) => part.id)).toEqual(['measures', 'shortcomings'])
    expect(report.parts[1]?.blocks.map(blockText)).toEqual(['执法培训不够系统，原因是重视不够。'])
    expect(report.meta).toMatchObject({ issuers: ['示范镇人民政府'], dateText: '2026年1月20日' })
  })

  it('of two columns stays a table', async () => {
    const result = await importReport('报告.docx', await framed(2), template)
    if (!result.ok) throw new Error(result.error.message)
    const blocks = [
      ...result.value.report.preamble,
      ...result.value.report.parts.flatMap((part) => part.blocks),
    ]
    expect(blocks.map((block) => block.kind)).toContain('table')
  })
})
