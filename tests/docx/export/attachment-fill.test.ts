// An attachment's pages filled as the 正文's are (attachment-fill.ts): a page a heading's keep leaves short gets
// paragraphs of the attachment set loose, tight or stretched. Here a short report with an attachment of two to three
// pages, whose opening paragraph grows a line at a time, so its headings meet the foot of a page at every offset:
// rendered in LibreOffice, every page of the attachment but its last is full where the preview says so, and the
// preview's pages are LibreOffice's; a page no tracking fills gets the layout advice, whose change, made by hand,
// fills it in LibreOffice too.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { withoutAttachments } from '../../../renderer/core/attachments'
import type { Block, Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { fillAdvice, type TextEdit } from '../../../renderer/docx/layout/fill-advice'
import { looseTracking } from '../../../renderer/docx/export/gbt9704'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { officialMeta } from '../../../renderer/docx/export/official-meta'
import { reportFlow } from '../../../renderer/docx/layout/flow-report'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import { defaultSettings } from '../../../renderer/core/settings'
import { threePageReport } from '../helpers/boundary-report'
import { modelRows } from '../helpers/model-rows'
import { paragraphsOf, partXml } from '../helpers/package-part'
import { pdfRows } from '../helpers/pdf-rows'
import { previewMismatches } from '../helpers/preview-mismatches'
import { type RenderedPdf, renderPdfs } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/attachment-fill')

const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
const h = (text: string): Block => ({ kind: 'heading', level: 1, text, line: null })

/** A report of two pages and, after its 署名, an attachment as long as `threePageReport(size)`'s text. */
function withAttachment(size: number): Report {
  const report = threePageReport(4)
  const text = threePageReport(size)
  const attachment = [
    p('附件'),
    p('示范镇2023年行政执法工作情况'),
    ...text.preamble,
    ...text.parts.flatMap((part) => [h(part.heading!), ...part.blocks]),
  ]
  const last = report.parts.at(-1)!
  return {
    ...report,
    parts: [...report.parts.slice(0, -1), { ...last, blocks: [...last.blocks, ...attachment] }],
  }
}

const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)
const reports = SIZES.map(withAttachment)

/** Rows of each page of the attachment but its last that fall short: 20 on its first (two blank lines), 22 after. */
function shortPages(pages: readonly (readonly string[])[]): number[] {
  const first = pages.findIndex((rows) => rows[0] === '附件')
  return pages
    .slice(first, -1)
    .flatMap((rows, index) => (rows.length < (index === 0 ? 20 : 22) ? [first + index + 1] : []))
}

/** The change made by hand in the attachment: its first paragraph opening with the words named, after the label. */
function madeInAttachment(report: Report, edit: TextEdit): Report {
  const last = report.parts.at(-1)!
  const label = last.blocks.findIndex((block) => block.kind === 'paragraph' && block.runs[0]?.text === '附件')
  const words = edit.opening.replace(/……$/u, '')
  const at = last.blocks.findIndex(
    (block, index) =>
      index > label &&
      block.kind === 'paragraph' &&
      block.runs
        .map((run) => run.text)
        .join('')
        .startsWith(words),
  )
  const block = last.blocks[at]
  if (block?.kind !== 'paragraph') throw new Error(`no paragraph opens with ${words} in the attachment`)
  const text = block.runs.map((run) => run.text).join('')
  const kept = [...text.slice(0, -1)]
  const changed = edit.chars > 0 ? [...kept, ...'法'.repeat(edit.chars)] : kept.slice(0, edit.chars)
  const blocks = last.blocks.map((item, index) =>
    index === at ? { ...block, runs: [{ text: `${changed.join('')}。` }] } : item,
  )
  return { ...report, parts: [...report.parts.slice(0, -1), { ...last, blocks }] }
}

function attachmentPlan(report: Report) {
  const meta = officialMeta(report.meta, 'upward', defaultSettings)
  return reportFlow(report, meta, officialFonts(defaultSettings.fonts), { sealed: false }).attachmentPlans
}

describe('an attachment’s pages', () => {
  let rendered: RenderedPdf[] = []

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const files: string[] = []
    for (const [index, report] of reports.entries()) {
      const file = join(OUT, `size-${String(SIZES[index])}.docx`)
      writeFileSync(file, await exportDocx(report, { version: 'upward' }))
      files.push(file)
    }
    rendered = renderPdfs(files, join(OUT, 'pdf'))
  }, 300_000)

  it('are read as one attachment of the report', () => {
    for (const report of reports) expect(withoutAttachments(report).attachments).toHaveLength(1)
  })

  it('print on the pages the preview shows', () => {
    expect(previewMismatches(reports, rendered, 'upward', SIZES)).toEqual([])
  })

  it('are full but the last, where tracking fills them, in LibreOffice as in the preview', () => {
    const filled = reports.filter((report) =>
      attachmentPlan(report).some(
        (plan) => plan.loosened.size + plan.stretched.size + plan.tightened.size > 0,
      ),
    )
    // the series meets the foot of a page with a heading: some sizes need the fill
    expect(filled.length).toBeGreaterThanOrEqual(3)
    const short = rendered.map((pdf, index) => ({
      size: SIZES[index],
      printed: shortPages(pdf.pages.map(pdfRows)),
      preview: shortPages(layoutReport(reports[index]!).pages.map(modelRows)),
    }))
    for (const entry of short) expect(entry.printed, `size ${String(entry.size)}`).toEqual(entry.preview)
    // what no tracking fills is left to the writer: one size of the 22 here
    expect(short.filter((entry) => entry.printed.length > 0).length).toBeLessThanOrEqual(1)
  })

  it('write the tracking of the paragraphs set loose in the .docx, after the attachment’s label', async () => {
    const index = reports.findIndex((report) => attachmentPlan(report).some((plan) => plan.loosened.size > 0))
    expect(index).toBeGreaterThanOrEqual(0)
    const paragraphs = paragraphsOf(await partXml(await exportDocx(reports[index]!), 'word/document.xml'))
    const label = paragraphs.findIndex((xml) => xml.includes('>附件</w:t>'))
    const loose = `<w:spacing w:val="${String(looseTracking)}"/>`
    expect(label).toBeGreaterThan(0)
    // the text above the attachment was not set loose here; the attachment's paragraphs were
    expect(paragraphs.slice(label).filter((xml) => xml.includes(loose)).length).toBe(
      attachmentPlan(reports[index]!)[0]!.loosened.size,
    )
  })

  it('left short, are named by the layout advice, with a change that fills them in LibreOffice', async () => {
    const short = reports.filter((report) => shortPages(layoutReport(report).pages.map(modelRows)).length > 0)
    expect(short.length).toBeGreaterThan(0)
    const files: string[] = []
    const edited: Report[] = []
    for (const report of short) {
      const advice = fillAdvice(report)
      expect(advice.map((item) => item.unfilled.page)).toEqual(
        shortPages(layoutReport(report).pages.map(modelRows)),
      )
      expect(advice.every((item) => item.edit !== null)).toBe(true)
      const changed = advice.reduce((text, { edit }) => madeInAttachment(text, edit!), report)
      const file = join(OUT, `advised-${String(edited.length)}.docx`)
      writeFileSync(file, await exportDocx(changed))
      files.push(file)
      edited.push(changed)
    }
    for (const [index, pdf] of renderPdfs(files, join(OUT, 'pdf')).entries()) {
      expect(shortPages(pdf.pages.map(pdfRows)), files[index]).toEqual([])
      expect(fillAdvice(edited[index]!)).toEqual([])
    }
  }, 120_000)
})
