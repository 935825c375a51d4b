// The export entry point: Report → official-format .docx bytes (GB/T 9704-2012).
import type { Report } from '../../core/report'
import { packDocx } from './pack-docx'
import { type ExportDocxOptions, reportToDocx } from './report-to-docx'

export type { ExportDocxOptions } from './report-to-docx'

export async function exportDocx(report: Report, options: ExportDocxOptions = {}): Promise<Uint8Array> {
  return packDocx(reportToDocx(report, options))
}
