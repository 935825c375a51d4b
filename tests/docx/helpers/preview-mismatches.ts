// The print preview's pages against LibreOffice's rendering of the same reports' .docx: for each report whose
// pages differ (rows per page, how each page starts, and whatever else `alsoSame` compares), one line naming its
// size and both shapes, so that a failing series says at which sizes it drifts.
import type { Report, ReportVersion } from '../../../renderer/core/report'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import { modelRows, pageShape } from './model-rows'
import { pdfRows } from './pdf-rows'
import type { RenderedPdf } from './render-pdf'

export function previewMismatches(
  reports: readonly Report[],
  rendered: readonly RenderedPdf[],
  version: ReportVersion,
  /** What tells each report apart in a failure: a size in lines, or a label of the caller's. */
  sizes: readonly (number | string)[],
  alsoSame: (model: readonly string[][], pdf: readonly string[][]) => boolean = () => true,
): string[] {
  return reports.flatMap((report, index) => {
    const model = layoutReport(report, { version }).pages.map(modelRows)
    const pdf = rendered[index]!.pages.map(pdfRows)
    return pageShape(model) === pageShape(pdf) && alsoSame(model, pdf)
      ? []
      : [
          `${typeof sizes[index] === 'string' ? sizes[index] : `${String(sizes[index])} lines`}: preview ${pageShape(model)} ≠ LibreOffice ${pageShape(pdf)}`,
        ]
  })
}
