// A 版记 that the last page has no room for takes a page of its own; where 正文 paragraphs set tight (29 characters a
// line, imprint-room.ts and page-fill.ts) each take a line less, the 版记 stays on the last page of text instead. A
// report of two or three pages (boundary-report.ts `imprintRoomReport`) grows a line at a time: at the sizes where
// the preview sets paragraphs tight, LibreOffice prints the 版记 under the text on the same page, the checker's rules
// pass, and the .docx writes the tight tracking on exactly those paragraphs. At every size the preview's pages are
// LibreOffice's.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { tightTracking } from '../../../renderer/docx/export/gbt9704'
import { TIGHT_TRACKING_PT } from '../../../renderer/docx/layout/paragraph-lines'
import { imprintRoomReport } from '../helpers/boundary-report'
import { retrackedTexts } from '../helpers/retracked-texts'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'
import { type CheckerReport, failedRules } from '../helpers/gbt9704-checker'
import { printSeries } from '../helpers/printed-series'
import { pdfRows } from '../helpers/pdf-rows'
import { type RenderedPdf } from '../helpers/render-pdf'
import { previewMismatches } from '../helpers/preview-mismatches'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/imprint-room')
const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)

const printedOn = (rows: readonly (readonly string[])[]): number =>
  rows.findIndex((page) => page.some((row) => row.endsWith('印发')))

describe.each(['public', 'upward'] as const)(
  'a 版记 under a report growing a line at a time (%s)',
  (version) => {
    const files = SIZES.map((lines) => join(OUT, `${version}-${String(lines).padStart(2, '0')}.docx`))
    const tight = SIZES.map((lines) => retrackedTexts(imprintRoomReport(lines), version, TIGHT_TRACKING_PT))
    let rendered: RenderedPdf[]
    let checked: CheckerReport[]

    beforeAll(async () => {
      ;({ rendered, checked } = await printSeries(
        SIZES.map((lines) => imprintRoomReport(lines)),
        files,
        version,
        OUT,
      ))
    }, 600_000)

    it('sets paragraphs tight at some sizes, so the room is really made', () => {
      expect(tight.filter((texts) => texts.length > 0).length).toBeGreaterThanOrEqual(3)
    })

    it('prints the 版记 under the text of the last page wherever paragraphs are set tight, and passes the checker', () => {
      SIZES.forEach((lines, index) => {
        if (tight[index]!.length === 0) return
        const pages = rendered[index]!.pages.map(pdfRows)
        expect(printedOn(pages), `${String(lines)} lines`).toBe(pages.length - 1)
        expect(pages.at(-1)![0], `${String(lines)} lines: text above the 版记`).not.toMatch(/^抄送/u)
        expect(failedRules(checked[index]!, `${String(lines)} lines`)).toEqual([])
      })
    })

    it('paginates the print preview as LibreOffice prints, 版记 included, at every size', () => {
      const sameImprintPage = (model: readonly string[][], pdf: readonly string[][]) =>
        printedOn(model) === printedOn(pdf)
      expect(
        previewMismatches(
          SIZES.map((lines) => imprintRoomReport(lines)),
          rendered,
          version,
          SIZES,
          sameImprintPage,
        ),
      ).toEqual([])
    })

    it('writes the tight tracking on exactly the paragraphs the preview sets tight', () => {
      SIZES.forEach((lines, index) => {
        const written = allParagraphs(docxFacts(files[index]!))
          .filter((paragraph) => paragraph.style === 'OfficialBody')
          .filter((paragraph) => paragraph.runs.every((run) => run.spacing === String(tightTracking)))
          .map((paragraph) => paragraph.text)
        expect(written, `${String(lines)} lines`).toEqual(tight[index])
      })
    })
  },
)
