// A clerk exports, opens the .docx again, edits, exports again. Opening our own export must give back the report:
// the same parts, headings with their levels, paragraphs and metadata, and exporting that writes the same document.
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import { blockText, type Block, type Report, type ReportVersion } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { importReport } from '../../../renderer/docx/import/import-report'
import { fixtureNames, fixtureReport } from '../helpers/fixture-reports'

const template = findBuiltinTemplate('standard-2019')!

async function opened(bytes: Uint8Array): Promise<Report> {
  const result = await importReport('报告.docx', bytes, template)
  if (!result.ok) throw new Error(result.error.message)
  return result.value.report
}

const shape = (block: Block): string =>
  block.kind === 'heading' ? `${String(block.level)}|${block.text}` : `${block.kind}|${blockText(block)}`

/** What a reader of the report sees: metadata (where it stood in the file aside), parts, blocks with their kinds. */
function essence(report: Report): unknown {
  return {
    meta: { ...report.meta, source: undefined },
    parts: report.parts.map((part) => ({
      id: part.id,
      heading: part.heading,
      blocks: part.blocks.map(shape),
    })),
    preamble: report.preamble.map(shape),
  }
}

const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml']!)

const versions: readonly ReportVersion[] = ['upward', 'public']

describe('export → open → export', () => {
  for (const name of fixtureNames)
    for (const version of versions)
      it(`${name}, ${version === 'upward' ? '上报版' : '公开版'}: the second export is the first, the report read back twice the same`, async () => {
        const first = await exportDocx(fixtureReport(name), { version })
        const once = await opened(first)
        const second = await exportDocx(once, { version })
        expect(documentXml(second)).toBe(documentXml(first))
        expect(essence(await opened(second))).toEqual(essence(once))
        expect(once.meta.version).toBe(version)
      })
})

const synthetic = `中共示范镇委员会 示范镇人民政府 关于2025年法治政府建设情况的报告
县委依法治县办：
2025年，我镇坚持依法行政。现将有关情况报告如下：
一、推进法治政府建设的主要举措和成效
（一）加强学习。本年度组织集中学法12次。
（二）规范执法
1.2025年新招录执法人员全部持证上岗
2.规范执法程序
二、存在的不足和原因
学习不够深入，执法力量不足。
三、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记召开专题会议4次，研究法治建设工作。
四、下一年度推进法治政府建设的主要安排
继续加强学习。
五、履行法院生效裁判情况
全年无法院生效裁判需要履行。
六、其他需要报告的情况
无其他需要报告的情况。
中共示范镇委员会
示范镇人民政府
2026年1月20日
`

describe('opening our export of a typed report', () => {
  for (const version of versions)
    it(`keeps the title as typed, run-in headings with their 。, numbered items before figures and the closing sentence (${version})`, async () => {
      const report = textToReport(synthetic, template)
      const back = await opened(await exportDocx(report, { version }))
      expect(back.meta.title).toBe('中共示范镇委员会 示范镇人民政府 关于2025年法治政府建设情况的报告')
      expect(back.parts.map((part) => part.id)).toEqual(report.parts.map((part) => part.id))
      expect(essence(back)).toMatchObject({ parts: (essence(report) as { parts: unknown }).parts })
      const other = back.parts.at(-1)!
      expect(other.blocks.map(shape)).toEqual(['paragraph|无其他需要报告的情况。'])
    })

  it('writes a level-3 number before a figure with the full-width point, so it is not read as a decimal', async () => {
    const report = textToReport(synthetic, template)
    const xml = documentXml(await exportDocx(report))
    expect(report.parts[0]!.blocks.map(shape)).toContain('3|2025年新招录执法人员全部持证上岗')
    expect(xml).toContain('1．2025年新招录执法人员全部持证上岗')
    expect(xml).not.toContain('1.2025年')
    const back = await opened(await exportDocx(report))
    expect(back.parts[0]!.blocks.map(shape)).toContain('3|2025年新招录执法人员全部持证上岗')
  })
})

describe('opening our export of a draft not yet dated', () => {
  it('keeps its 署名, 附注 and 版记 out of the last part, as a rolled-over draft has them', async () => {
    const undated = synthetic.replace('2026年1月20日\n', '')
    const report = textToReport(undated, template)
    const draft: Report = {
      ...report,
      meta: { ...report.meta, copyTo: '县司法局', printedBy: '示范镇党政办公室', printedDateText: null },
      parts: report.parts.map((part) => (part.id === 'other' ? { ...part, blocks: [] } : part)),
    }
    const back = await opened(await exportDocx(draft, { version: 'public' }))
    expect(back.meta).toMatchObject({
      issuers: ['中共示范镇委员会', '示范镇人民政府'],
      dateText: null,
      note: '（此件公开发布）',
      copyTo: '县司法局',
      printedBy: '示范镇党政办公室',
    })
    expect(back.parts.at(-1)).toMatchObject({ id: 'other', blocks: [] })
  })
})
