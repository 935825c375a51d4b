// Any input the CLI reads (cli.md "Input files") → Report: .fznb, .docx, .txt/.md. The reading is
// renderer/docx/import/import-report.ts, the same the app uses; this adds the file system.
import type { Report } from '../../renderer/core/report'
import { ok, type AppError, type Result } from '../../renderer/core/result'
import type { Template } from '../../renderer/core/template-schema'
import { importReport } from '../../renderer/docx/import/import-report'
import { readInput } from '../io/read-input'

/** `notice` receives what the import left out (images in a .docx), one Chinese line each, for stderr. */
export async function loadReport(
  path: string,
  template: Template,
  notice: (text: string) => void = () => undefined,
): Promise<Result<Report, AppError>> {
  const input = await readInput(path)
  if (!input.ok) return input
  const imported = await importReport(input.value.name, input.value.bytes, template)
  if (!imported.ok) return imported
  imported.value.notices.forEach(notice)
  return ok(imported.value.report)
}
