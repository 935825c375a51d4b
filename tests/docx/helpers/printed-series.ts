// A series of reports exported to .docx, printed by LibreOffice in one run and read by the GB/T 9704 checker with
// its render and proofreader's rules (--render --strict): what each page-boundary suite sets up before it asserts.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report, ReportVersion } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { type CheckerReport, runCheckerOnRendered } from './gbt9704-checker'
import { type RenderedPdf, renderPdfs } from './render-pdf'

export interface PrintedSeries {
  readonly rendered: RenderedPdf[]
  readonly checked: CheckerReport[]
}

/** `reports[i]` exported to `files[i]` in `version`, the PDFs kept in `outDir`/pdf. */
export async function printSeries(
  reports: readonly Report[],
  files: readonly string[],
  version: ReportVersion,
  outDir: string,
): Promise<PrintedSeries> {
  mkdirSync(outDir, { recursive: true })
  for (const [index, report] of reports.entries())
    writeFileSync(files[index]!, await exportDocx(report, { version }))
  const rendered = renderPdfs(files, join(outDir, 'pdf'))
  return { rendered, checked: runCheckerOnRendered(files, rendered, true) }
}
