// The 版记 sits at the bottom of the last page whenever the text leaves room for it there, and takes the next page,
// numbered like any other (GB/T 9704 §7.5: only a 版记 page after a blank page goes unnumbered, and none is added),
// only when it truly does not fit. A synthetic report grows a line at a time across a whole page; at every size the
// .docx, as LibreOffice prints it, and the print preview put the 版记 on the same page, and the checker's 版记 rules
// pass.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import { boundaryReport } from '../helpers/boundary-report'
import { docxFacts } from '../helpers/docx-facts'
import { type CheckerReport, failedRules } from '../helpers/gbt9704-checker'
import { printSeries } from '../helpers/printed-series'
import { pdfRows } from '../helpers/pdf-rows'
import { type RenderedPdf } from '../helpers/render-pdf'
import { previewMismatches } from '../helpers/preview-mismatches'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/imprint-placement')
const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)
const imprinted = (lines: number) =>
  boundaryReport(lines, {
    meta: {
      copyTo: '示范县委全面依法治县委员会办公室，示范县司法局，示范县人民政府办公室，示范县人大常委会办公室',
      printedBy: '示范镇党政综合办公室',
      printedDateText: '2024年1月25日',
    },
  })
const files = SIZES.map((lines) => join(OUT, `imprint-${String(lines).padStart(2, '0')}.docx`))
const reports = SIZES.map(imprinted)
const printedOn = (rows: readonly (readonly string[])[]): number =>
  rows.findIndex((page) => page.some((row) => row.endsWith('印发')))

describe('版记 placement, the report growing a line at a time', () => {
  let rendered: RenderedPdf[]
  let checked: CheckerReport[]

  beforeAll(async () => {
    ;({ rendered, checked } = await printSeries(reports, files, 'upward', OUT))
  }, 600_000)

  it('puts the 版记 on the page the preview shows it on, at the bottom, with the same rows on every page', () => {
    const sameImprintPage = (model: readonly string[][], pdf: readonly string[][]) =>
      printedOn(model) === printedOn(pdf)
    expect(previewMismatches(reports, rendered, 'upward', SIZES, sameImprintPage)).toEqual([])
  })

  it('passes the checker at every size: 版记 at the bottom of the last page, every page numbered', () => {
    const failed = checked.flatMap((report, index) => failedRules(report, `${String(SIZES[index])} lines`))
    expect(failed).toEqual([])
    for (const report of checked)
      expect(report.rules.find((rule) => rule.id === 'render-banji-bottom')?.status).toBe('PASS')
  })

  it('gives the 版记 a page of its own only where the last page of text has no room for it', () => {
    const own = rendered.map((pdf) => pdf.pages.map(pdfRows).at(-1)![0]!.startsWith('抄送'))
    // both happen over the series, and a 版记 page of its own follows a page with too little room
    expect(own).toContain(true)
    expect(own).toContain(false)
    own.forEach((alone, index) => {
      if (!alone) return
      const pages = rendered[index]!.pages.map(pdfRows)
      // its 3 rows, a line of space and the anchor's hairline need 5 free lines; the page before (its rows of text
      // and the blank line above the 署名) left at most 4
      expect(pages.at(-2)!.length + 1, `${String(SIZES[index])} lines`).toBeGreaterThanOrEqual(18)
    })
  })

  it('numbers the 版记 page like any other, in a section of its own', () => {
    const index = rendered.findIndex((pdf) => pdf.pages.map(pdfRows).at(-1)![0]!.startsWith('抄送'))
    expect(index).toBeGreaterThanOrEqual(0)
    const facts = docxFacts(files[index]!)
    expect(facts.sections).toHaveLength(2)
    for (const section of facts.sections)
      expect(section.footers.default?.[0]?.runs.flatMap((run) => run.field).join('')).toMatch(/PAGE/u)
    const pages = layoutReport(reports[index]!, { version: 'upward' }).pages
    expect(pages.map((page) => page.number)).toEqual(pages.map((_, n) => n + 1))
  })
})
