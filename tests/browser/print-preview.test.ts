// The print preview printed by headless Chromium (page.pdf, print media, as Electron's printToPDF and the print
// dialog do) against LibreOffice's rendering of the exported .docx: same pages, same rows of text on each page
// (22 on full body pages), "— N —" on every page, the 版记 on the bottom of the last. Uses the production build of
// browser mode (print-preview.html); page images go to tests/.artifacts/print/chromium/ for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { serializeReportFile } from '../../renderer/core/report-file'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { imprintRoomReport, stretchFillReport, threePageReport } from '../docx/helpers/boundary-report'
import { fixtureNames, fixtureReport } from '../docx/helpers/fixture-reports'
import { AREA_BOTTOM, pdfRows, readPdf } from '../docx/helpers/pdf-rows'
import { type PdfPage, renderPdf, renderPngs } from '../docx/helpers/render-pdf'
import { isLocal, openBrowser, type BrowserSession } from './chromium'

const OUT = join(import.meta.dirname, '../.artifacts/print')
// the fixtures, short reports whose middle page is filled by paragraphs set loose (page-fill.ts) or by one
// stretched (page-stretch.ts), and one whose 版记 gets room on the last page from paragraphs set tight
// (imprint-room.ts)
const reports = [
  ...fixtureNames.map((name) => ({ name, report: () => fixtureReport(name) })),
  { name: 'three-page-loose', report: () => threePageReport(4) },
  { name: 'three-page-stretched', report: () => stretchFillReport(16) },
  { name: 'imprint-tight', report: () => imprintRoomReport(3) },
]
const cases = reports.flatMap((entry) =>
  (['upward', 'public'] as const).map((version) => ({ ...entry, version })),
)

/** "—N—" with the side it sits on, from the line whose middle is under the 版心. */
function pageNumber(page: PdfPage): string | null {
  const line = page.lines.find(
    (l) => (l.yMin + l.yMax) / 2 > AREA_BOTTOM && /^—\s*\d+\s*—$/u.test(l.text.trim()),
  )
  if (line === undefined) return null
  return `${line.text.replace(/\s/gu, '')} ${(line.xMin + line.xMax) / 2 > page.width / 2 ? 'right' : 'left'}`
}

describe('print preview printed by Chromium', () => {
  let session: BrowserSession
  const url = inject('webUrl')

  beforeAll(async () => {
    mkdirSync(join(OUT, 'chromium'), { recursive: true })
    session = await openBrowser()
    await session.page.goto(new URL('print-preview.html', url).href)
  })

  afterAll(async () => {
    await session?.close()
  })

  it.each(cases)(
    '$name ($version): same pages and rows as LibreOffice',
    async ({ name, version, report: make }) => {
      const report = make()
      const docx = join(OUT, 'libreoffice', `${name}-${version}.docx`)
      mkdirSync(join(OUT, 'libreoffice'), { recursive: true })
      writeFileSync(docx, await exportDocx(report, { version }))
      const libreoffice = renderPdf(docx, join(OUT, 'libreoffice')).pages

      const { page } = session
      const fznb = serializeReportFile({ templateId: 'standard-2019', report })
      await page.evaluate(
        (message) => {
          delete document.body.dataset['ready']
          window.postMessage(message, window.location.origin)
        },
        { fznb, version },
      )
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' })
      // a whole A4 page (1123 px) in the viewport: Chromium paints nothing of an element below the viewport's bottom
      await page.setViewportSize({ width: 1366, height: 1300 })
      await page
        .locator('.print-page')
        .first()
        .screenshot({ path: join(OUT, 'chromium', `${name}-${version}-screen-1.png`) })
      const pdf = join(OUT, 'chromium', `${name}-${version}.pdf`)
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
      renderPngs(pdf)
      const chromium = readPdf(pdf)

      expect(chromium.length).toBe(libreoffice.length)
      expect(await page.locator('.print-preview').getAttribute('data-pages')).toBe(String(libreoffice.length))
      for (const sheet of chromium) {
        expect(sheet.width).toBeCloseTo(595.3, 0)
        expect(sheet.height).toBeCloseTo(841.9, 0)
      }
      const rows = chromium.map((sheet) => pdfRows(sheet).length)
      expect(rows).toEqual(libreoffice.map((sheet) => pdfRows(sheet).length))
      // full pages but where a heading, or the last paragraph with the 署名, was kept with its text overleaf
      const texts = chromium.map(pdfRows)
      texts.slice(1, -1).forEach((sheet, index) => {
        const next = texts[index + 2]!
        const keptOver = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u.test(next[0] ?? '')
        if (!keptOver) expect(sheet.length, `page ${String(index + 2)}`).toBeGreaterThanOrEqual(21)
      })
      expect(rows.slice(1, -1).filter((count) => count === 22).length).toBeGreaterThanOrEqual(
        (rows.length - 2) / 2,
      )
      // §7.5: odd pages on the right, even pages on the left
      expect(chromium.map(pageNumber)).toEqual(
        chromium.map((_, index) => `—${String(index + 1)}— ${index % 2 === 0 ? 'right' : 'left'}`),
      )
      // the first characters of every page, as LibreOffice sets them
      const starts = (pages: readonly PdfPage[]): string[] =>
        pages.map((sheet) => pdfRows(sheet)[0]?.slice(0, 8) ?? '')
      expect(starts(chromium)).toEqual(starts(libreoffice))
      if (report.meta.printedBy !== null) {
        const printed = chromium.at(-1)!.lines.find((l) => /日印发$/u.test(l.text.replace(/\s/gu, '')))
        expect(printed).toBeDefined()
        expect(AREA_BOTTOM - printed!.yMax).toBeLessThan(8)
        expect(AREA_BOTTOM - printed!.yMax).toBeGreaterThanOrEqual(-1)
      }
      expect(session.errors).toEqual([])
      expect(session.requests.filter((request) => !isLocal(request))).toEqual([])
    },
  )
})
