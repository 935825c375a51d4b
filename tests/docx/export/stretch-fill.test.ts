// Where no paragraph set loose (27 characters a line) or tight (29) fills a page a keep leaves short, one paragraph
// stretched to 26 a line may (page-fill.ts), but only where the report keeps more plain lines at the grid's 28 than
// the stretched paragraph has (plain-lines.ts): else the report reads as set at 26. It comes first where it carries
// two lines of 正文 over to the 署名 and loose paragraphs only one. `stretchFillReport` grows a line
// at a time; at the sizes where the preview stretches a paragraph, LibreOffice prints the middle page full, the
// checker's render rules with the proofreader's pass (the characters a line among them), the pages are the
// preview's, and the .docx stretches exactly the paragraph the preview does.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report, ReportVersion } from '../../../renderer/core/report'
import { defaultSettings } from '../../../renderer/core/settings'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { stretchTracking } from '../../../renderer/docx/export/gbt9704'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { officialMeta } from '../../../renderer/docx/export/official-meta'
import type { FlowParagraph } from '../../../renderer/docx/layout/flow-line'
import { BODY_FORMAT, FILL_HEIGHT, PITCH } from '../../../renderer/docx/layout/flow-metrics'
import { reportFlow } from '../../../renderer/docx/layout/flow-report'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import { paginate } from '../../../renderer/docx/layout/paginate'
import { paragraphLines, STRETCH_TRACKING_PT } from '../../../renderer/docx/layout/paragraph-lines'
import { plainLines } from '../../../renderer/docx/layout/plain-lines'
import {
  looseParagraph,
  stretchedParagraph,
  tightParagraph,
} from '../../../renderer/docx/layout/tracked-paragraph'
import { linesOfText, stretchFillReport, stretchOnly } from '../helpers/boundary-report'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'
import { failedRules, runCheckerOnRendered } from '../helpers/gbt9704-checker'
import { lineText, modelRows } from '../helpers/model-rows'
import { previewMismatches } from '../helpers/preview-mismatches'
import { type RenderedPdf, renderPdfs } from '../helpers/render-pdf'
import { retrackedTexts } from '../helpers/retracked-texts'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/stretch-fill')
const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)
const VERSIONS = ['public', 'upward'] as const satisfies readonly ReportVersion[]
const fonts = officialFonts(defaultSettings.fonts)

const flowOf = (report: Report, version: ReportVersion) =>
  reportFlow(report, officialMeta(report.meta, version, defaultSettings), fonts, { sealed: false })

const body = (text: string) => [{ text, font: 'body' as const, bold: false }]
const linesOf = (paragraph: FlowParagraph): string[] =>
  paragraph.lines.map((line) =>
    line.items.flatMap((item) => (item.kind === 'line' ? [lineText(item)] : [])).join(''),
  )

describe('a paragraph stretched', () => {
  it('sets Chinese text 26 characters a line, 24 after the indent, a line longer than at 27, 28 or 29', () => {
    for (const lines of [3, 4, 5, 6]) {
      const text = stretchOnly(lines, lines)
      expect(paragraphLines(body(text), BODY_FORMAT)).toHaveLength(lines)
      expect(looseParagraph(body(text))?.lines).toHaveLength(lines)
      expect(tightParagraph(body(text))?.lines).toHaveLength(lines)
      const stretched = stretchedParagraph(body(text))
      expect(stretched).not.toBeNull()
      const texts = linesOf(stretched!)
      expect(texts).toHaveLength(lines + 1)
      expect([...texts[0]!]).toHaveLength(24)
      expect(texts.slice(1, -1).every((text) => [...text].length === 26)).toBe(true)
    }
  })

  it('counts as plain lines only its inner lines of Chinese text at its own tracking', () => {
    const stretched = stretchedParagraph(body(stretchOnly(6, 0)))!
    expect(plainLines(stretched, STRETCH_TRACKING_PT)).toBe(5)
    expect(plainLines(stretched, BODY_FORMAT.tracking)).toBe(0)
    const figures = stretchedParagraph(
      body(`${stretchOnly(4, 0).slice(0, 40)}2023年12月31日办理12345件OA工单${stretchOnly(2, 3)}`),
    )!
    expect(plainLines(figures, STRETCH_TRACKING_PT)).toBeLessThan(figures.lines.length - 2)
  })
})

describe('stretching in the preview', () => {
  const middleRows = (report: Report, version: ReportVersion): number => {
    const { lines } = paginate(flowOf(report, version).flow, FILL_HEIGHT)
    return Math.round(
      lines.filter((line) => line.page === 1).reduce((sum, line) => sum + line.line.height, 0) / PITCH,
    )
  }

  it.each(VERSIONS)(
    'fills the middle page at every size, stretching at some, one paragraph at most (%s)',
    (version) => {
      let stretchedSizes = 0
      for (const lines of SIZES) {
        const report = stretchFillReport(lines)
        const flow = flowOf(report, version)
        expect(flow.stretched.size, `${String(lines)} lines`).toBeLessThanOrEqual(1)
        if (flow.stretched.size > 0) stretchedSizes++
        if (paginate(flow.flow, FILL_HEIGHT).pageCount >= 3)
          expect(middleRows(report, version), `${String(lines)} lines`).toBe(22)
      }
      expect(stretchedSizes).toBeGreaterThanOrEqual(1)
      // the size the Chromium print test (tests/browser/print-preview.test.ts) takes for a stretched page
      expect(flowOf(stretchFillReport(16), version).stretched.size).toBe(1)
    },
  )

  it.each(VERSIONS)(
    'carries two lines of 正文 over to the 署名 with a paragraph stretched where loose ones carry one (%s)',
    (version) => {
      // at 2 lines the 署名 would open the last page; loose paragraphs alone give it one line of 正文
      const report = stretchFillReport(2)
      const pages = layoutReport(report, { version }).pages.map(modelRows)
      const issuer = report.meta.issuers[0]!
      const page = pages.findLast((rows) => rows.includes(issuer))!
      expect(page.indexOf(issuer)).toBe(2)
      expect(flowOf(report, version).stretched.size).toBe(1)
    },
  )

  // one-line paragraphs and a single long one: stretched, its lines would be most of the report's plain ones
  const fewPlainLines = (lines: number, plain: readonly Block[]): Report => {
    const base = stretchFillReport(lines)
    const oneLiner = (index: number): Block => ({
      kind: 'paragraph',
      runs: [{ text: `第${'一二三四五六七八九十'[index % 10]!}项工作坚持依法推进落实到位。` }],
      line: null,
    })
    return {
      ...base,
      parts: [
        {
          ...base.parts[0]!,
          blocks: [
            ...Array.from({ length: 14 }, (_, index) => oneLiner(index)),
            ...plain,
            { kind: 'paragraph', runs: [{ text: stretchOnly(6, 40) }], line: null },
          ],
        },
        ...base.parts.slice(1),
      ],
    }
  }

  it('stretches no paragraph whose lines would outnumber the plain lines left at the grid', () => {
    const sizes = (plain: readonly Block[]) =>
      VERSIONS.flatMap((version) =>
        SIZES.filter((lines) => flowOf(fewPlainLines(lines, plain), version).stretched.size > 0),
      )
    expect(sizes([])).toEqual([])
    // the same report with seven plain lines more at the grid is stretched where its page needs it
    const plain: Block = { kind: 'paragraph', runs: [{ text: linesOfText(9, 3) }], line: null }
    expect(sizes([plain]).length).toBeGreaterThan(0)
  })
})

describe.each(VERSIONS)(
  'stretchFillReport where a paragraph is stretched, in LibreOffice (%s)',
  (version) => {
    const sizes = SIZES.filter((lines) => flowOf(stretchFillReport(lines), version).stretched.size > 0)
    const files = sizes.map((lines) => join(OUT, `${version}-${String(lines).padStart(2, '0')}.docx`))
    let rendered: RenderedPdf[]

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true })
      for (const [index, lines] of sizes.entries())
        writeFileSync(files[index]!, await exportDocx(stretchFillReport(lines), { version }))
      rendered = renderPdfs(files, join(OUT, 'pdf'))
    }, 300_000)

    it('passes every render rule with the proofreader’s, the characters a line among them', () => {
      expect(sizes.length).toBeGreaterThan(0)
      const failed = runCheckerOnRendered(files, rendered, true).flatMap((report, index) =>
        failedRules(report, `${String(sizes[index])} lines`),
      )
      expect(failed).toEqual([])
    })

    it('prints the pages the preview shows', () => {
      expect(previewMismatches(sizes.map(stretchFillReport), rendered, version, sizes)).toEqual([])
    })

    it('writes the stretched tracking on exactly the paragraph the preview stretches', () => {
      sizes.forEach((lines, index) => {
        const written = allParagraphs(docxFacts(files[index]!))
          .filter((paragraph) => paragraph.style === 'OfficialBody')
          .filter((paragraph) => paragraph.runs.every((run) => run.spacing === String(stretchTracking)))
          .map((paragraph) => paragraph.text)
        const expected = retrackedTexts(stretchFillReport(lines), version, STRETCH_TRACKING_PT)
        expect(expected, `${String(lines)} lines`).toHaveLength(1)
        expect(written, `${String(lines)} lines`).toEqual(expected)
      })
    })
  },
)
