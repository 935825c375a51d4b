// A Word file whose writer put a whole run-in item (（二）落实制度。一是……) in a heading style: the item is still a
// paragraph whose lead is its heading, and its 。 stays; headings keep the number they were typed with, so the
// check can name one the export changes.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import { blockText } from '../../../renderer/core/report'
import { importReport } from '../../../renderer/docx/import/import-report'

const template = findBuiltinTemplate('standard-2019')!

async function styledDocx(): Promise<Uint8Array> {
  const heading2 = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_2, text })
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph('某镇2023年法治政府建设年度报告'),
          new Paragraph('2023年，我镇扎实推进法治政府建设。现将有关情况报告如下：'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: '一、主要举措和成效' }),
          heading2('（一）加强组织领导'),
          new Paragraph('镇党委召开专题会议3次。'),
          heading2('（二）落实依法行政制度。一是严格落实行政执法三项制度。二是加强规范性文件管理。'),
          heading2('（四）完善矛盾化解机制'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: '二、存在的问题' }),
          new Paragraph('一是执法力量不足。'),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

describe('a run-in item in a heading style', () => {
  it('is read as a paragraph that keeps its 。, between headings that keep their typed numbers', async () => {
    const result = await importReport('styled.docx', await styledDocx(), template)
    if (!result.ok) throw new Error(result.error.message)
    const { report } = result.value
    const blocks = report.parts[0]?.blocks ?? []
    expect(blocks.map((block) => [block.kind, blockText(block)])).toEqual([
      ['heading', '加强组织领导'],
      ['paragraph', '镇党委召开专题会议3次。'],
      ['paragraph', '（二）落实依法行政制度。一是严格落实行政执法三项制度。二是加强规范性文件管理。'],
      ['heading', '完善矛盾化解机制'],
    ])
    expect(blocks[3]).toMatchObject({ sourceNumber: '（四）' })
    expect(report.parts[0]?.sourceNumber).toBe('一、')

    const renumbered = checkReport(report, template).findings.filter(
      (finding) => finding.rule === 'numbering-renumbered',
    )
    expect(renumbered.map((finding) => finding.message)).toEqual([
      expect.stringContaining('编号“（四）”与前文不连续，导出时编号已顺延为“（三）”'),
    ])
    expect(renumbered[0]?.evidence).toBe('（四）完善矛盾化解机制')
  })
})
