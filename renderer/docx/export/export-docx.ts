// The export entry point: Report → official-format .docx bytes (GB/T 9704-2012).
import type { Report } from '../../core/report'
import { printableReport } from '../../core/printable-report'
import { packDocx } from './pack-docx'
import { type ExportDocxOptions, reportToDocx } from './report-to-docx'

export type { ExportDocxOptions } from './report-to-docx'

export async function exportDocx(report: Report, options: ExportDocxOptions = {}): Promise<Uint8Array> {
  // Import and paste already clear the characters XML forbids; a .fznb written by hand or by an older version
  // may still hold one, and Word would refuse the whole file for it. Editing debris (_GoBack) never prints.
  const { document, streamed, replacedParts } = reportToDocx(printableReport(report), options)
  return packDocx(document, streamed, replacedParts)
}
