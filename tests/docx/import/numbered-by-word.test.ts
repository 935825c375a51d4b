// Part headings Word numbers itself (automatic numbering 一、二、, no heading style): the number is not in the
// text, and to the importer the headings are items of a list. Those that name a part start it, as a typed 一、 does.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { blockText } from '../../../renderer/core/report'
import { importReport } from '../../../renderer/docx/import/import-report'

const template = findBuiltinTemplate('standard-2019')!

async function wordNumberedReport(): Promise<Uint8Array> {
  const numbered = (text: string, reference: string): Paragraph =>
    new Paragraph({ text, numbering: { reference, level: 0 } })
  const document = new Document({
    numbering: {
      config: ['parts', 'steps'].map((reference) => ({
        reference,
        levels: [
          {
            level: 0,
            format: reference === 'parts' ? LevelFormat.CHINESE_COUNTING : LevelFormat.DECIMAL,
            text: reference === 'parts' ? '%1、' : '%1.',
            alignment: AlignmentType.LEFT,
          },
        ],
      })),
    },
    sections: [
      {
        children: [
          new Paragraph('示范镇2025年法治政府建设年度报告'),
          numbered('推进法治政府建设的主要举措和成效', 'parts'),
          new Paragraph('全年办理行政复议案件2件，行政诉讼案件1件。'),
          numbered('加强学法用法', 'steps'),
          numbered('规范行政执法', 'steps'),
          numbered('存在的不足和原因', 'parts'),
          new Paragraph('执法培训不够系统。'),
          numbered('下一年度推进法治政府建设的主要安排', 'parts'),
          new Paragraph('2026年，我镇将开展执法培训2次。'),
        ],
      },
    ],
  })
  return new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer())
}

describe('part headings numbered by Word', () => {
  it('start their parts; the items of an ordinary numbered list stay a list', async () => {
    const result = await importReport('报告.docx', await wordNumberedReport(), template)
    if (!result.ok) throw new Error(result.error.message)
    const { parts } = result.value.report
    expect(parts.map((part) => part.id)).toEqual(['measures', 'shortcomings', 'next-year'])
    expect(parts[0]?.blocks.map((block) => block.kind)).toEqual(['paragraph', 'list'])
    expect(parts[0]?.blocks.map(blockText).join('\n')).toContain('规范行政执法')
    expect(parts[1]?.blocks.map(blockText)).toEqual(['执法培训不够系统。'])
  })
})
