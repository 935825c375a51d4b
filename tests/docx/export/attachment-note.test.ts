// The 附件说明 (GB/T 9704 §7.3.4) as it prints: one blank line under the 正文, 附件：1． from the 2-字 indent, 2．3.
// under 1．, a long name's next line under its own first character, the 署名 one blank line below and on the same
// page, with 正文 above. Read back with python-docx, rendered in LibreOffice (a fixture in both versions and a short
// report whose text grows a line at a time, so the note meets the foot of a page at every offset), compared with the
// print preview, and opened again.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report } from '../../../renderer/core/report'
import { blockText } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { bodyFirstLineIndent, linePitch } from '../../../renderer/docx/export/gbt9704'
import { docxToReport } from '../../../renderer/docx/import/docx-to-report'
import { PITCH } from '../../../renderer/docx/layout/flow-metrics'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import { threePageReport } from '../helpers/boundary-report'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'
import { fixtureReport, standardTemplate } from '../helpers/fixture-reports'
import { failedRules, runCheckerOnRendered } from '../helpers/gbt9704-checker'
import { lineText, textLines } from '../helpers/model-rows'
import { pdfRows } from '../helpers/pdf-rows'
import { previewMismatches } from '../helpers/preview-mismatches'
import { type PdfLine, type RenderedPdf, renderPdfs } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/attachment-note')

const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })

/**
 * Names that carry 2023 after the same three characters, on each line: pdftotext makes 2023 a word of its own, so
 * where it stands says where each name starts. The first name is long, and wraps right before its second 清江镇
 * (found with the preview's line breaking, which LibreOffice's matches: the other tests hold it to that).
 */
const FILLER = '行政执法案件办理情况统计表及重大行政执法决定法制审核目录清单与执法人员持证情况汇总'
const noteWith = (fill: number): string[] => [
  `附件：1．清江镇2023年${FILLER.slice(0, fill)}清江镇2023年执法证件台账`,
  '2．清江镇2023年普法宣传活动一览',
  '3．清江镇2023年法律顾问服务记录',
]

function withNote(report: Report, note: readonly string[]): Report {
  const last = report.parts.at(-1)!
  return {
    ...report,
    parts: [...report.parts.slice(0, -1), { ...last, blocks: [...last.blocks, ...note.map(p)] }],
  }
}

/** The short report of 2–3 pages, its opening paragraph `lines` long, with a note of two short names. */
const growing = (lines: number): Report =>
  withNote(threePageReport(lines), ['附件：1．示范镇行政执法统计表', '2．示范镇普法活动一览'])
const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)

const middle = (line: PdfLine): number => (line.yMin + line.yMax) / 2

const wrapsAt = (fill: number): boolean =>
  layoutReport(withNote(fixtureReport('qingjiang-2023'), noteWith(fill)))
    .pages.flatMap(textLines)
    .some((line) => lineText(line).startsWith('清江镇2023年执法证件台账'))
const wrapping = [...FILLER].findIndex((_, fill) => wrapsAt(fill))
const NOTE = noteWith(wrapping)

describe('the 附件说明 in the export', () => {
  const fixtures = (['upward', 'public'] as const).map((version) => ({
    version,
    report: withNote(fixtureReport('qingjiang-2023'), NOTE),
    file: join(OUT, `qingjiang-${version}.docx`),
  }))
  const series = SIZES.map((size) => ({
    size,
    report: growing(size),
    file: join(OUT, `grow-${String(size)}.docx`),
  }))
  let rendered: RenderedPdf[] = []

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    for (const { report, version, file } of fixtures)
      writeFileSync(file, await exportDocx(report, { version }))
    for (const { report, file } of series)
      writeFileSync(file, await exportDocx(report, { version: 'upward' }))
    rendered = renderPdfs(
      [...fixtures, ...series].map((entry) => entry.file),
      join(OUT, 'pdf'),
    )
  }, 300_000)

  it('is written between the 正文 and the 署名, a blank line above, hung from its names, kept with the 署名', () => {
    const paragraphs = allParagraphs(docxFacts(fixtures[0]!.file))
    const texts = paragraphs.map((entry) => entry.text)
    const first = texts.indexOf(NOTE[0]!)
    expect(first).toBeGreaterThan(0)
    expect(texts.slice(first, first + 3)).toEqual(NOTE)
    // the 署名 follows it; the 正文's last paragraph comes before it
    expect(texts[first + 3]).toBe('中共清江镇委员会')
    const note = paragraphs.slice(first, first + 3)
    expect(note.map((entry) => Number(entry.spacing?.['before'] ?? 0))).toEqual([linePitch, 0, 0])
    expect(note.every((entry) => entry.keepNext)).toBe(true)
    const ind = note.map((entry) => ({
      left: Number(entry.ind?.['left']),
      hanging: Number(entry.ind?.['hanging']),
    }))
    // each line starts where its number stands: 附件： from the 正文's 2-字 indent, 2．and 3． under 1．
    const starts = ind.map((entry) => entry.left - entry.hanging)
    expect(starts[0]).toBe(bodyFirstLineIndent.firstLine)
    expect(starts[1]).toBe(starts[2])
    expect(starts[1]).toBeGreaterThan(starts[0]! + 2 * 300)
    // and every name at the same place
    expect(new Set(ind.map((entry) => entry.left)).size).toBe(1)
  })

  it('has a first name that wraps where the test needs it', () => {
    expect(wrapping).toBeGreaterThan(0)
  })

  it('prints each name under the first, its numbers under 1．, and a wrapped name under its first character', () => {
    for (const [index, pdf] of rendered.slice(0, fixtures.length).entries()) {
      const label = fixtures[index]!.version
      const lines = pdf.pages.flatMap((page) => page.lines)
      const at = lines.findIndex((line) => line.text.startsWith('附件：1．'))
      expect(at, label).toBeGreaterThan(0)
      const [first, wrapped, second, third] = lines.slice(at, at + 4)
      expect(wrapped!.text).toMatch(/^清江镇2023年执法证件台账/u)
      const year = (line: PdfLine): number => line.words.find((word) => word.text === '2023')!.xMin
      for (const line of [wrapped, second, third])
        expect(Math.abs(year(line!) - year(first!)), `${label}: ${line!.text}`).toBeLessThan(0.6)
      // 2． and 3． end where 1． does
      const numberEnd = (line: PdfLine): number => line.words[0]!.xMax
      expect(Math.abs(numberEnd(second!) - numberEnd(first!)), label).toBeLessThan(0.6)
      expect(Math.abs(second!.xMin - third!.xMin), label).toBeLessThan(0.1)
      // one blank line above the note, one between it and the 署名
      const above = lines[at - 1]!
      expect(Math.round((middle(first!) - middle(above)) / PITCH), label).toBe(2)
      const signature = lines[at + 4]!
      expect(signature.text.replace(/\s/gu, ''), label).toBe('中共清江镇委员会')
      expect(Math.round((middle(signature) - middle(third!)) / PITCH), label).toBe(2)
    }
  })

  it('passes every rule of the checker', () => {
    const [checked] = runCheckerOnRendered([fixtures[0]!.file], [rendered[0]!], true)
    expect(failedRules(checked!, 'qingjiang upward')).toEqual([])
  }, 300_000)

  it('prints on the pages the preview shows, wherever the page breaks', () => {
    expect(
      previewMismatches(
        series.map((entry) => entry.report),
        rendered.slice(fixtures.length),
        'upward',
        SIZES,
      ),
    ).toEqual([])
    for (const [index, { report, version }] of fixtures.entries())
      expect(previewMismatches([report], [rendered[index]!], version, [0])).toEqual([])
  })

  it('stays whole on the 署名’s page, under 正文 of the same page', () => {
    let broken = 0
    for (const [index, pdf] of rendered.slice(fixtures.length).entries()) {
      const pages = pdf.pages.map(pdfRows)
      const page = pages.findIndex((rows) => rows.includes('附件：1．示范镇行政执法统计表'))
      const rows = pages[page]!
      const at = rows.indexOf('附件：1．示范镇行政执法统计表')
      const label = `size ${String(SIZES[index])}`
      expect(rows.slice(at, at + 3), label).toEqual([
        '附件：1．示范镇行政执法统计表',
        '2．示范镇普法活动一览',
        '示范镇人民政府',
      ])
      expect(at, label).toBeGreaterThan(0)
      // the preview breaks the page at the same place: the note's first line is on a page of its own count
      const model = layoutReport(series[index]!.report).pages
      const modelPage = model.findIndex((entry) =>
        textLines(entry).some((line) => lineText(line).startsWith('附件：1．')),
      )
      expect(modelPage, label).toBe(page)
      if (page > 0 && at <= 2) broken++
    }
    // the series meets the page foot: at some sizes the 正文's last lines went over to the note's page
    expect(broken).toBeGreaterThan(0)
  })

  it('comes back as the 正文’s last paragraphs when the file is opened again, the 署名 and date under it', async () => {
    const { report } = fixtures[0]!
    const read = await docxToReport(await exportDocx(report), 'note.docx', standardTemplate())
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const again = read.value.report
    expect(again.meta.issuers).toEqual(report.meta.issuers)
    expect(again.meta.dateText).toBe(report.meta.dateText)
    expect(again.parts.at(-1)!.blocks.slice(-3).map(blockText)).toEqual(NOTE)
  })
})
