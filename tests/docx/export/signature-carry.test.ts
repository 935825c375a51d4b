// Where the 署名 would open a page with no 正文 above it and no paragraph set loose or tight can help, a long last
// paragraph has a page break before its last two lines (signature-carry.ts), so the page before keeps the rest of
// it, where a keep made LibreOffice move it over whole and leave its lines blank. The report: one-line paragraphs,
// then a last paragraph of six lines whose last line is half full, so that no tracking lengthens or shortens it;
// over 22 sizes the 署名 meets every line of a page. Checked in the preview's pagination, in the .docx as python-docx
// reads it, and in LibreOffice's pages against the preview's and the checker's proofreader rules.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Report, ReportVersion } from '../../../renderer/core/report'
import { defaultSettings } from '../../../renderer/core/settings'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { officialMeta } from '../../../renderer/docx/export/official-meta'
import { FILL_HEIGHT } from '../../../renderer/docx/layout/flow-metrics'
import { reportFlow } from '../../../renderer/docx/layout/flow-report'
import { paginate } from '../../../renderer/docx/layout/paginate'
import { boundaryReport, linesOfText } from '../helpers/boundary-report'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'
import { failedRules, runCheckerOnRendered } from '../helpers/gbt9704-checker'
import { previewMismatches } from '../helpers/preview-mismatches'
import { renderPdfs } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/signature-carry')
const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)
const VERSIONS = ['public', 'upward'] as const satisfies readonly ReportVersion[]
const fonts = officialFonts(defaultSettings.fonts)

/** Six lines, the last of 12 characters: 27 or 29 characters a line still take six. */
const LAST = `${linesOfText(6).slice(0, 26 + 28 * 4 + 11)}。`

function report(lines: number): Report {
  const base = boundaryReport(1)
  const oneLiner = '我镇坚持以习近平法治思想为指导全面推进。'
  return {
    ...base,
    preamble: [
      ...Array.from({ length: 20 + lines }, () => ({
        kind: 'paragraph' as const,
        runs: [{ text: oneLiner }],
        line: null,
      })),
      { kind: 'paragraph', runs: [{ text: LAST }], line: null },
    ],
    parts: [],
  }
}

const flowOf = (lines: number, version: ReportVersion) => {
  const source = report(lines)
  return reportFlow(source, officialMeta(source.meta, version, defaultSettings), fonts, { sealed: false })
}

/** Pages of the last paragraph's lines, and of the 署名 (the paragraph after it), in the preview's pagination. */
function placement(lines: number, version: ReportVersion) {
  const { flow } = flowOf(lines, version)
  const placed = paginate(flow, FILL_HEIGHT).lines
  const paragraphIndex = flow.findIndex((paragraph) => paragraph.lines.length === 6)
  return {
    paragraph: placed.filter((line) => line.paragraph === paragraphIndex).map((line) => line.page),
    signature: placed.find((line) => line.paragraph === paragraphIndex + 1)!.page,
  }
}

describe.each(VERSIONS)('the last 正文 lines carried over to the 署名 (%s)', (version) => {
  const plans = SIZES.map((lines) => flowOf(lines, version))
  const carried = SIZES.filter((_, index) => plans[index]!.carriedChars > 0)

  it('breaks the last paragraph at some sizes, and keeps nothing with the 署名', () => {
    expect(carried.length).toBeGreaterThan(0)
    for (const plan of plans) {
      expect(plan.keepLastWithSignature).toBe(false)
      expect(plan.loosened.size + plan.tightened.size).toBe(0)
    }
  })

  it('puts its last two lines on the 署名’s page and the four before them on the page before', () => {
    for (const lines of carried) {
      const { paragraph, signature } = placement(lines, version)
      expect(paragraph, `${String(lines)} lines`).toEqual([
        ...Array<number>(4).fill(signature - 1),
        signature,
        signature,
      ])
      // the two lines' characters, as the .docx counts them from the end of the paragraph
      expect(flowOf(lines, version).carriedChars).toBe(11 + 1 + 28)
    }
  })

  it('leaves the paragraph whole wherever the 署名 has 正文 above it anyway', () => {
    for (const lines of SIZES.filter((size) => !carried.includes(size))) {
      const { paragraph, signature } = placement(lines, version)
      expect(paragraph.at(-1), `${String(lines)} lines`).toBe(signature)
    }
  })

  describe('in the .docx and in LibreOffice', () => {
    // three sizes are enough to see LibreOffice print the break; each is rendered twice (pages, checker)
    const rendered = carried.slice(0, 3)
    const files = rendered.map((lines) => join(OUT, `${version}-${String(lines).padStart(2, '0')}.docx`))

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true })
      for (const [index, lines] of rendered.entries())
        writeFileSync(files[index]!, await exportDocx(report(lines), { version }))
    }, 120_000)

    it('writes one page break, before the carried characters, and no keep', () => {
      for (const [index, lines] of rendered.entries()) {
        const body = allParagraphs(docxFacts(files[index]!)).filter((p) => p.style === 'OfficialBody')
        const last = body.at(-1)!
        expect(last.text).toBe(LAST)
        expect(last.keepNext).toBe(false)
        const breaks = last.runs.flatMap((run, at) => (run.pageBr > 0 ? [at] : []))
        expect(breaks, `${String(lines)} lines`).toHaveLength(1)
        const after = last.runs
          .slice(breaks[0])
          .map((run) => run.text)
          .join('')
        expect(after).toBe([...LAST].slice(-flowOf(lines, version).carriedChars).join(''))
        const elsewhere = body.slice(0, -1).flatMap((p) => p.runs.filter((run) => run.pageBr > 0))
        expect(elsewhere).toEqual([])
      }
    })

    it('prints the pages the preview shows, with 正文 above the 署名 and no orphan heading', () => {
      const pdfs = renderPdfs(files, join(OUT, 'pdf'))
      expect(
        previewMismatches(
          rendered.map((lines) => report(lines)),
          pdfs,
          version,
          rendered,
        ),
      ).toEqual([])
      for (const [index, checked] of runCheckerOnRendered(files, pdfs, true).entries()) {
        const failed = failedRules(checked, `${String(rendered[index])} lines`)
        expect(failed.filter((rule) => !rule.includes('render-lines-per-page'))).toEqual([])
        const status = (id: string) => checked.rules.find((rule) => rule.id === id)?.status
        expect(status('render-signature-with-body')).toBe('PASS')
      }
    }, 300_000)
  })
})
