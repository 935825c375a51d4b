// A report exported, printed by LibreOffice and read back as its text rows, top to bottom across the pages, the
// page numbers (—1—) left out: what a line-breaking suite holds the preview's rows to.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { pdfRows } from './pdf-rows'
import { renderPdf } from './render-pdf'

/** `report` exported to `outDir`/`name`.docx and printed next to it; its rows without the page numbers. */
export async function printedRows(report: Report, outDir: string, name: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true })
  const docx = join(outDir, `${name}.docx`)
  writeFileSync(docx, await exportDocx(report))
  return renderPdf(docx, outDir)
    .pages.flatMap(pdfRows)
    .filter((row) => !/^—\d+—$/u.test(row))
}
