// A title Word users break over two centred bold paragraphs (rather than with a line break) is one
// title after import, and the year it names is weighed like that of a text file.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import { importReport } from '../../../renderer/docx/import/import-report'

const template = findBuiltinTemplate('standard-2019')!

function centredBold(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true })] })
}

async function docxWithTitle(first: string, second: string): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          centredBold(first),
          centredBold(second),
          new Paragraph(''),
          new Paragraph('县委全面依法治县委员会办公室：'),
          new Paragraph('2023年，我镇扎实推进法治政府建设。现将有关情况报告如下：'),
          new Paragraph('一、2023年推进法治政府建设的主要举措和成效'),
          new Paragraph('开展法治宣传活动41场。'),
          new Paragraph('某某镇人民政府'),
          new Paragraph('2024年1月20日'),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

describe('a .docx title in two centred bold paragraphs', () => {
  it('is one title, at its first paragraph', async () => {
    const result = await importReport(
      '报告.docx',
      await docxWithTitle('某某镇人民政府关于2023年法治政府建设', '工作情况的报告'),
      template,
    )
    if (!result.ok) throw new Error(result.error.message)
    const { meta, preamble } = result.value.report
    expect(meta).toMatchObject({
      title: '某某镇人民政府关于2023年法治政府建设工作情况的报告',
      recipients: '县委全面依法治县委员会办公室',
      reportYear: 2023,
    })
    expect(meta.source?.lines.title).toBe(1)
    expect(preamble).toHaveLength(1)
  })

  it('copied from last year, is outvoted by the date and the body', async () => {
    const result = await importReport(
      '报告.docx',
      await docxWithTitle('某某镇人民政府关于2022年法治政府建设', '工作情况的报告'),
      template,
    )
    if (!result.ok) throw new Error(result.error.message)
    const { report } = result.value
    expect(report.meta.reportYear).toBe(2023)
    const findings = checkReport(report, template).findings.filter((finding) => /year/.test(finding.rule))
    expect(findings.map((finding) => [finding.rule, finding.line])).toEqual([['year-conflict', 1]])
  })
})
