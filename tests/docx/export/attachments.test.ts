// Attachments print after the 署名 (GB/T 9704 §8): each on a page of its own, "附件N" in 黑体 flush left on its first
// line, the title centred on the third, then the text; the 版记 after the last. Here on the fixtures with two
// attachments added as a clerk's file brings them in: the checker's every rule in LibreOffice, the preview's pages
// the same as LibreOffice's, the page breaks in the .docx, and the exported file read back with its attachments.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { withoutAttachments } from '../../../renderer/core/attachments'
import type { Block, Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { docxToReport } from '../../../renderer/docx/import/docx-to-report'
import { PITCH } from '../../../renderer/docx/layout/flow-metrics'
import { adviceMessage, fillAdvice } from '../../../renderer/docx/layout/fill-advice'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'
import { linesOfText } from '../helpers/boundary-report'
import { fixtureNames, fixtureReport, standardTemplate } from '../helpers/fixture-reports'
import { failedRules, runCheckerOnRendered } from '../helpers/gbt9704-checker'
import { pdfRows } from '../helpers/pdf-rows'
import { previewMismatches } from '../helpers/preview-mismatches'
import { type RenderedPdf, renderPdfs } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/attachments')

const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
const TABLE: Block = {
  kind: 'table',
  header: true,
  rows: [
    ['项目', '件数'],
    ['行政处罚', '37'],
  ],
  line: null,
}

/**
 * The fixture with two attachments after its text, where a report read from Word has them. Short ones: the checker
 * looks for the 成文日期 among the last 15 paragraphs and table cells before the 版记, so a longer attachment hides it.
 */
function withAttachments(report: Report): Report {
  const last = report.parts.at(-1)!
  const attached = [
    p('附件1'),
    p('2023年行政执法情况统计表'),
    TABLE,
    p('统计截至2023年12月31日，数据来源于镇综合行政执法队台账。'),
    p('附件2'),
    p('2023年普法宣传活动一览'),
    p('全年举办各类法治讲座9场，覆盖全镇各村（社区），参与群众1200余人次；发放宣传资料8000余份。'),
  ]
  return {
    ...report,
    parts: [...report.parts.slice(0, -1), { ...last, blocks: [...last.blocks, ...attached] }],
  }
}

/** An attachment long enough that the 版记 fits under it (14 lines) or not (16), and takes a page of its own. */
function withLongAttachment(lines: number): Report {
  const report = fixtureReport('qingjiang-2023')
  const last = report.parts.at(-1)!
  const attached = [p('附件'), p('行政执法情况说明'), p(linesOfText(lines))]
  return {
    ...report,
    parts: [...report.parts.slice(0, -1), { ...last, blocks: [...last.blocks, ...attached] }],
  }
}

const FIXTURE_CASES = fixtureNames.length * 2
interface Case {
  readonly name: string
  readonly version: 'upward' | 'public'
  readonly report: Report
}

const cases: Case[] = fixtureNames
  .flatMap((name): Case[] =>
    (['upward', 'public'] as const).map((version) => ({
      name,
      version,
      report: withAttachments(fixtureReport(name)),
    })),
  )
  .concat(
    [14, 16].map((lines) => ({
      name: `long-${String(lines)}`,
      version: 'upward' as const,
      report: withLongAttachment(lines),
    })),
  )

describe('attachments in the export', () => {
  const files: string[] = []
  let rendered: RenderedPdf[] = []

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    for (const { name, version, report } of cases) {
      const file = join(OUT, `${name}-${version}.docx`)
      writeFileSync(file, await exportDocx(report, { version }))
      files.push(file)
    }
    rendered = renderPdfs(files, join(OUT, 'pdf'))
  }, 300_000)

  it('pass every rule of the checker, the proofreader’s among them', () => {
    const failed = runCheckerOnRendered(files, rendered, true).flatMap((report, index) =>
      failedRules(report, `${cases[index]!.name} ${cases[index]!.version}`),
    )
    expect(failed).toEqual([])
  }, 600_000)

  it('print on the pages the preview shows', () => {
    for (const version of ['upward', 'public'] as const) {
      const indexes = cases.flatMap((entry, index) => (entry.version === version ? [index] : []))
      expect(
        previewMismatches(
          indexes.map((index) => cases[index]!.report),
          indexes.map((index) => rendered[index]!),
          version,
          indexes,
        ),
      ).toEqual([])
    }
  })

  it('each open a page after the 署名, label on the first line and title on the third', () => {
    rendered.slice(0, FIXTURE_CASES).forEach((pdf, index) => {
      const label = `${cases[index]!.name} ${cases[index]!.version}`
      const pages = pdf.pages.map(pdfRows)
      const first = pages.findIndex((rows) => rows[0] === '附件1')
      const second = pages.findIndex((rows) => rows[0] === '附件2')
      expect(first, label).toBeGreaterThan(0)
      expect(second, label).toBeGreaterThan(first)
      // the 署名's date ends the page before the first attachment
      expect(
        pages[first - 1]!.some((row) => /^\d{4}年\d{1,2}月\d{1,2}日$/u.test(row)),
        label,
      ).toBe(true)
      expect(pages.slice(first).flat().join('')).not.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/u)
      expect(pages[first]![1]).toBe('2023年行政执法情况统计表')
      const lines = pdf.pages[first]!.lines
      const middle = (text: string) => {
        const line = lines.find((entry) => entry.text.replace(/\s/gu, '').startsWith(text))!
        return { y: (line.yMin + line.yMax) / 2, x: (line.xMin + line.xMax) / 2 }
      }
      const top = middle('附件1')
      const title = middle('2023年行政执法')
      // two lines down: on the third line, a blank one between
      expect(Math.round((title.y - top.y) / PITCH), label).toBe(2)
      expect(Math.abs(title.x - pdf.pages[first]!.width / 2), label).toBeLessThan(6)
    })
  })

  it('write a page break before each label, in 黑体 flush left, and the 版记 after the last', () => {
    const facts = docxFacts(files[0]!)
    const paragraphs = allParagraphs(facts)
    for (const label of ['附件1', '附件2']) {
      const paragraph = paragraphs.find((entry) => entry.text === label)!
      expect(paragraph.pPrOrder).toContain('pageBreakBefore')
      expect(paragraph.jc ?? 'left').toMatch(/^(left|start)$/u)
      expect(JSON.stringify(paragraph.runs[0]!)).toMatch(/黑体/u)
    }
    const texts = paragraphs.map((entry) => entry.text)
    expect(texts.indexOf('附件1')).toBeGreaterThan(
      texts.findIndex((text) => /^\d{4}年\d{1,2}月\d{1,2}日$/u.test(text)),
    )
    // the 版记, where the version has one, after the attachments: in the text of every page but their last
    let withImprint = 0
    rendered.slice(0, FIXTURE_CASES).forEach((pdf, index) => {
      const pages = pdf.pages.map((page) => pdfRows(page).join('\n'))
      const imprint = pages.findIndex((page) => /日印发$/mu.test(page))
      if (imprint === -1) return
      withImprint++
      expect(imprint, cases[index]!.name).toBe(pages.length - 1)
      expect(pages.findIndex((page) => page.includes('附件2'))).toBeLessThanOrEqual(imprint)
    })
    expect(withImprint).toBeGreaterThan(0)
  })

  it('come back as attachments when the exported file is opened again, the 署名 and date read above them', async () => {
    for (const { name, version, report } of cases
      .slice(0, FIXTURE_CASES)
      .filter((entry) => entry.version === 'upward')) {
      const bytes = await exportDocx(report, { version })
      const read = await docxToReport(bytes, `${name}.docx`, standardTemplate())
      expect(read.ok).toBe(true)
      if (!read.ok) continue
      const again = read.value.report
      expect(again.meta.issuers, name).toEqual(report.meta.issuers)
      expect(again.meta.dateText, name).toBe(report.meta.dateText)
      const labels = withoutAttachments(again).attachments.map((attachment) => [
        attachment.label,
        attachment.title,
      ])
      expect(labels, name).toEqual([
        ['附件1', '2023年行政执法情况统计表'],
        ['附件2', '2023年普法宣传活动一览'],
      ])
    }
  })

  it('have the 版记 under the last, or on the next page where it does not fit there', () => {
    const [fits, over] = rendered.slice(FIXTURE_CASES).map((pdf) => pdf.pages.map(pdfRows))
    expect(over!.length).toBe(fits!.length + 1)
    expect(fits!.at(-1)!.some((row) => row.startsWith('附件') || row.startsWith('我镇'))).toBe(true)
    expect(fits!.at(-1)!.at(-1)).toMatch(/日印发$/u)
    expect(over!.at(-1)!.every((row) => row.startsWith('抄送') || /印发$/u.test(row))).toBe(true)
  })

  it('leave the 署名’s page short by right: no layout advice for it', () => {
    for (const { name, version, report } of cases.filter((entry) => entry.name !== 'long-16'))
      expect(fillAdvice(report, { version }), `${name} ${version}`).toEqual([])
  })

  it('have the layout advice name a 版记 that took a page of its own after them, with a cut that brings it back', async () => {
    const report = cases.find((entry) => entry.name === 'long-16')!.report
    const advice = fillAdvice(report)
    expect(advice).toHaveLength(1)
    expect(advice[0]!.unfilled).toMatchObject({ imprintAlone: true, afterAttachments: true })
    const edit = advice[0]!.edit!
    expect(edit.chars).toBeLessThan(0)
    expect(adviceMessage(advice[0]!)).toMatch(/版记即可排在附件之下。$/u)
    // the cut made by hand in the attachment's text, its last paragraph
    const last = report.parts.at(-1)!
    const text = last.blocks.at(-1)!
    if (text.kind !== 'paragraph') throw new Error('the attachment ends with a paragraph')
    const written = text.runs.map((run) => run.text).join('')
    expect(written.startsWith(edit.opening.replace(/……$/u, ''))).toBe(true)
    const cut = { ...text, runs: [{ text: `${[...written].slice(0, edit.chars - 1).join('')}。` }] }
    const edited: Report = {
      ...report,
      parts: [...report.parts.slice(0, -1), { ...last, blocks: [...last.blocks.slice(0, -1), cut] }],
    }
    expect(fillAdvice(edited)).toEqual([])
    const file = join(OUT, 'long-16-advised.docx')
    writeFileSync(file, await exportDocx(edited))
    const pages = renderPdfs([file], join(OUT, 'pdf'))[0]!.pages.map(pdfRows)
    expect(pages.length).toBe(rendered[FIXTURE_CASES + 1]!.pages.length - 1)
    expect(pages.at(-1)!.at(-1)).toMatch(/日印发$/u)
    expect(pages.at(-1)!.some((row) => row.startsWith('我镇'))).toBe(true)
  }, 120_000)
})
