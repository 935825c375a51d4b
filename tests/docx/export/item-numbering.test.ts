// Headings and run-in items (（二）落实制度。正文……) are numbered as one sequence by their position, in the .docx
// (read back with python-docx) and in the print preview alike; the writer's text around the numbers stays as it
// was, the closing 。 of a run-in heading included. A report whose numbers were right keeps them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import { headingNumber } from '../../../renderer/core/heading-number'
import { parseHeadingMarker } from '../../../renderer/core/import/heading-level'
import { cleanMarkdownLine } from '../../../renderer/core/import/markdown-noise'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import type { Report } from '../../../renderer/core/report'
import { defaultSettings } from '../../../renderer/core/settings'
import { writtenNumberValue } from '../../../renderer/core/written-number'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { officialMeta } from '../../../renderer/docx/export/official-meta'
import { importReport } from '../../../renderer/docx/import/import-report'
import { reportFlow } from '../../../renderer/docx/layout/flow-report'
import { docxFacts } from '../helpers/docx-facts'
import { FIXTURES_DIR, fixtureNames, fixtureReport } from '../helpers/fixture-reports'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/numbering')
const template = findBuiltinTemplate('standard-2019')!

/** A number in one of the four standard forms at the start of a paragraph. */
const STANDARD_NUMBER =
  /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}\.(?!\d)|（\d{1,2}）)/u

const mixed = `某镇2023年法治政府建设年度报告

县人民政府：

2023年，我镇扎实推进法治政府建设。现将有关情况报告如下：

一、主要举措和成效

（一）加强组织领导

镇党委召开专题会议3次，研究部署法治建设工作。

(三)落实依法行政制度。一是严格落实行政执法三项制度。二是加强规范性文件管理。

（三）完善矛盾化解机制：依托镇矛调中心平台调处纠纷236件。

1.强化人民调解。全镇调解纠纷221件。

3. 规范信访工作

（一）加强宣传教育。开展普法活动41场次，投入1.5万元。

二、存在的问题

一是执法力量不足。二是普法形式单一。

四．下一步工作安排

（一）加强学习。组织干部集中学法10次。

（一）完善制度

（三）健全机制。建立健全法律顾问制度。

某镇人民政府

2024年3月1日
`

/** Where the numbers go: each numbered paragraph's number, in reading order. */
const expectedNumbers = [
  '一、',
  '（一）',
  '（二）',
  '（三）',
  '1.',
  '2.',
  '（四）',
  '二、',
  '三、',
  '（一）',
  '（二）',
  '（三）',
]

async function exportedParagraphs(report: Report, name: string): Promise<string[]> {
  mkdirSync(OUT, { recursive: true })
  const path = join(OUT, `${name}.docx`)
  writeFileSync(path, await exportDocx(report, { version: 'upward' }))
  return docxFacts(path).blocks.flatMap((block) => (block.kind === 'p' ? [block.text] : []))
}

/** The print preview's paragraphs, as the text of their lines joined. */
function previewParagraphs(report: Report): string[] {
  const fonts = officialFonts(defaultSettings.fonts)
  const meta = officialMeta(report.meta, 'upward', defaultSettings)
  return reportFlow(report, meta, fonts, { sealed: false }).flow.map((paragraph) =>
    paragraph.lines
      .flatMap((line) => line.items.flatMap((item) => (item.kind === 'line' ? item.spans : [])))
      .map((span) => span.text)
      .join(''),
  )
}

const numbersOf = (paragraphs: readonly string[]): string[] =>
  paragraphs.flatMap((text) => STANDARD_NUMBER.exec(text)?.[0] ?? [])

describe('numbering of headings and run-in items', () => {
  const report = textToReport(mixed, template)

  it('numbers stand-alone headings and run-in items as one sequence per parent, in the .docx and the preview', async () => {
    const docx = await exportedParagraphs(report, 'mixed')
    expect(numbersOf(docx)).toEqual(expectedNumbers)
    expect(numbersOf(previewParagraphs(report))).toEqual(expectedNumbers)
  })

  it('changes nothing of the writer’s text but the number: the run-in heading keeps its 。 or ：', async () => {
    const docx = await exportedParagraphs(report, 'mixed-text')
    for (const [written, printed] of [
      ['(三)落实依法行政制度。一是严格落实行政执法三项制度。二是加强规范性文件管理。', '（二）'],
      ['（三）完善矛盾化解机制：依托镇矛调中心平台调处纠纷236件。', '（三）'],
      ['1.强化人民调解。全镇调解纠纷221件。', '1.'],
      ['（一）加强宣传教育。开展普法活动41场次，投入1.5万元。', '（四）'],
    ] as const) {
      const rest = written.slice(parseHeadingMarker(written)?.numberLength ?? 0)
      expect(docx).toContain(`${printed}${rest}`)
    }
    expect(docx).toContain('2.规范信访工作')
    expect(docx).toContain('一是执法力量不足。二是普法形式单一。')
  })

  it('counts a line of figures numbered in its place between items, and a list restarted under an item not at all', async () => {
    const lists = textToReport(
      [
        '某镇2023年法治政府建设年度报告',
        '一、主要举措和成效',
        '（一）规范执法',
        '1.加强学习。组织集中学法4次。',
        '2.全年办理复议案件5件，均维持。',
        '3.规范执法。落实三项制度。',
        '（二）化解纠纷',
        '1.健全调解机制。建成调解室8个。',
        '全年数据如下：',
        '1.调解纠纷221件；',
        '2.成功率98%。',
        '2.强化信访工作。',
        '二、存在的问题',
        '执法力量不足。',
      ].join('\n'),
      template,
    )
    const numbers = ['一、', '（一）', '1.', '2.', '3.', '（二）', '1.', '1.', '2.', '2.', '二、']
    expect(numbersOf(await exportedParagraphs(lists, 'listed-lines'))).toEqual(numbers)
    expect(numbersOf(previewParagraphs(lists))).toEqual(numbers)
    expect(
      checkReport(lists, template).findings.filter((finding) => finding.rule === 'numbering-renumbered'),
    ).toEqual([])
  })

  it('says in the check which numbers the export changed', () => {
    const findings = checkReport(report, template).findings.filter(
      (finding) => finding.rule === 'numbering-renumbered',
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain('共5处编号与前文不连续')
    expect(findings[0]?.message).toContain('编号已顺延')
  })

  it('reads its own export back with the same numbers, now needing no correction', async () => {
    const path = join(OUT, 'mixed-round-trip.docx')
    mkdirSync(OUT, { recursive: true })
    writeFileSync(path, await exportDocx(report, { version: 'upward' }))
    const imported = await importReport('mixed.docx', readFileSync(path), template)
    if (!imported.ok) throw new Error(imported.error.message)
    const again = imported.value.report
    expect(numbersOf(await exportedParagraphs(again, 'mixed-again'))).toEqual(expectedNumbers)
    const findings = checkReport(again, template).findings
    expect(findings.filter((finding) => finding.rule === 'numbering-renumbered')).toEqual([])
  })
})

describe.each(fixtureNames)('%s', (name) => {
  it('keeps the numbers its writer gave, which were right', async () => {
    const source = readFileSync(join(FIXTURES_DIR, `${name}.txt`), 'utf8')
    const written = source.split('\n').flatMap((line) => {
      const marker = parseHeadingMarker(cleanMarkdownLine(line).text)
      const value = marker === null ? null : writtenNumberValue(marker.marker)
      return marker === null || value === null ? [] : [headingNumber(marker.level, value)]
    })
    const report = fixtureReport(name)
    expect(numbersOf(await exportedParagraphs(report, name))).toEqual(written)
    expect(numbersOf(previewParagraphs(report))).toEqual(written)
    const findings = checkReport(report, template).findings
    expect(findings.filter((finding) => finding.rule === 'numbering-renumbered')).toEqual([])
  })
})
