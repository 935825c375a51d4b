// One report of a county's batch → its review row: read it as the app reads any file, check it, and for a
// .docx also check the layout of the file itself. Bytes in, no file system: the CLI (review DIR) and the
// app's 审阅模式 share it. A file that cannot be read becomes a row saying why; it never stops the batch.
import type { CheckOptions } from '../../core/check/check-context'
import { checkReport } from '../../core/check/check-report'
import { sniffFileKind } from '../../core/file-kind'
import type { FormatConformance } from '../../core/review/format-conformance'
import { reviewRow, unreadableRow, type ReviewRow } from '../../core/review/review-row'
import { appError } from '../../core/result'
import type { Template } from '../../core/template-schema'
import { checkConformance } from '../conformance/check-conformance'
import { importReport } from '../import/import-report'

function baseNameOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1)
}

/**
 * `file` is the path shown in the table (relative to the reviewed folder, with / separators); `options.today`
 * is the caller's day (no clock is read here), so a 成文日期 still to come is named as in the editor.
 */
export async function reviewDocument(
  file: string,
  bytes: Uint8Array,
  template: Template,
  options: CheckOptions = {},
): Promise<ReviewRow> {
  const name = baseNameOf(file)
  const sniffed = sniffFileKind(name, bytes)
  const kind = sniffed.ok ? sniffed.value : name.toLowerCase().endsWith('.docx') ? 'docx' : null
  let format: FormatConformance | null = null
  try {
    if (kind === 'docx') {
      const checked = checkConformance(bytes, name)
      format = checked.ok ? checked.value : null
    }
    const imported = await importReport(name, bytes, template)
    if (!imported.ok) return unreadableRow(file, kind, imported.error, format)
    const report = imported.value.report
    return reviewRow({
      file,
      kind: kind ?? 'text',
      report,
      check: checkReport(report, template, options),
      format,
    })
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    return unreadableRow(
      file,
      kind,
      appError('review-failed', `审阅“${name}”时出错（${detail}），请人工查看该文件。`),
      format,
    )
  }
}
