// The 署名 block and the headings pushed across every page boundary: a synthetic report whose opening paragraph
// grows a line at a time over a whole page (boundary-report.ts), exported in both versions and held to the
// independent checker's proofreader rules (no heading at a page foot without its text, the 署名 page holds 正文
// too) and to the print preview, which must paginate every size exactly as LibreOffice does.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ReportVersion } from '../../../renderer/core/report'
import { boundaryReport } from '../helpers/boundary-report'
import { type CheckerReport, failedRules } from '../helpers/gbt9704-checker'
import { printSeries } from '../helpers/printed-series'
import { type RenderedPdf } from '../helpers/render-pdf'
import { previewMismatches } from '../helpers/preview-mismatches'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/page-boundaries')
const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)

describe.each(['public', 'upward'] as const)(
  'a report growing a line at a time (%s)',
  (version: ReportVersion) => {
    const files = SIZES.map((lines) => join(OUT, `${version}-${String(lines).padStart(2, '0')}.docx`))
    const reports = SIZES.map((lines) => boundaryReport(lines))
    let rendered: RenderedPdf[]
    let checked: CheckerReport[]

    beforeAll(async () => {
      ;({ rendered, checked } = await printSeries(reports, files, version, OUT))
    }, 600_000)

    it('never ends a page on a heading and never leaves the 署名 block without 正文 above it', () => {
      const failed = checked.flatMap((report, index) =>
        report.rules
          .filter((rule) => rule.id.startsWith('render-') && rule.status === 'FAIL')
          .map((rule) => `${String(SIZES[index])} lines: ${rule.id}: ${rule.detail}`),
      )
      expect(failed).toEqual([])
      for (const report of checked) {
        const status = (id: string) => report.rules.find((rule) => rule.id === id)?.status
        expect(status('render-signature-with-body')).toBe('PASS')
        expect(status('render-no-orphan-heading')).toBe('PASS')
      }
    })

    it('passes every other rule of the checker at every size', () => {
      const failed = checked.flatMap((report, index) => failedRules(report, `${String(SIZES[index])} lines`))
      expect(failed).toEqual([])
    })

    it('paginates the print preview as LibreOffice prints, at every size', () => {
      expect(previewMismatches(reports, rendered, version, SIZES)).toEqual([])
    })

    it('really crosses a page boundary over the series', () => {
      expect(new Set(rendered.map((pdf) => pdf.pages.length)).size).toBeGreaterThan(1)
    })
  },
)
