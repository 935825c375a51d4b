// Any file a clerk opens (cli.md "Input files") → Report: the app's .fznb, a .docx, or .txt/.md in
// any of the encodings decode-text reads. One entry point for the CLI and the app, so both accept
// and refuse the same files with the same Chinese messages (file-kind.ts). The input checks (size:
// io/read-input.ts, the Bridge's openFile) come first; a .docx is read through the capped zip reader
// (zip/read-docx-zip.ts) whether or not they ran, so a zip bomb is refused here too.
import { textToReport } from '../../core/import/text-to-report'
import { sniffFileKind, type FileKind } from '../../core/file-kind'
import type { Report } from '../../core/report'
import { checkReportLimits, parseReportFile } from '../../core/report-file'
import { appError, err, ok, type AppError, type Result } from '../../core/result'
import type { Template } from '../../core/template-schema'

export interface ImportedReport {
  readonly kind: FileKind
  readonly report: Report
  /** The template a .fznb was written with; null for imported documents (use the current one). */
  readonly templateId: string | null
  readonly notices: readonly string[]
}

export async function importReport(
  name: string,
  bytes: Uint8Array,
  template: Template,
): Promise<Result<ImportedReport, AppError>> {
  const kind = sniffFileKind(name, bytes)
  if (!kind.ok) return kind
  if (kind.value === 'docx') {
    // mammoth is loaded only when a .docx is read: a .txt or .fznb never pays for it.
    const { docxToReport } = await import('./docx-to-report')
    const read = await docxToReport(bytes, name, template)
    if (!read.ok) return read
    // what the editor takes must save and open again (limits.ts)
    const fits = checkReportLimits(name, read.value.report)
    return fits.ok
      ? ok({ kind: 'docx', report: read.value.report, templateId: null, notices: read.value.notices })
      : fits
  }
  // jschardet (1 MB) is loaded only when text is decoded: a .docx never pays for it.
  const { decodeText } = await import('./decode-text')
  const text = decodeText(bytes)
  if (!text.ok) return text
  if (kind.value === 'report') {
    const file = parseReportFile(text.value)
    return file.ok
      ? ok({ kind: 'report', report: file.value.report, templateId: file.value.templateId, notices: [] })
      : file
  }
  const report = textToReport(text.value, template)
  if (report.parts.length === 0 && report.preamble.length === 0)
    return err(appError('no-body', `文件“${name}”没有正文内容。`))
  const fits = checkReportLimits(name, report)
  if (!fits.ok) return fits
  return ok({ kind: 'text', report, templateId: null, notices: [] })
}
