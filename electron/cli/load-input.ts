// What check, export and rollover all begin with: the template (--template) and the input report,
// each failure told on stderr in one Chinese line, import notices (images dropped …) as 提示 lines.
import type { Report } from '../../renderer/core/report'
import type { Template } from '../../renderer/core/template-schema'
import type { CliIo } from './command'
import { loadReport } from './load-report'
import { loadTemplate } from './load-template'

export interface LoadedInput {
  readonly template: Template
  readonly report: Report
}

/** null when something was wrong; the reason is already on stderr and the command exits 2. */
export async function loadInput(
  file: string,
  templateId: string | undefined,
  io: CliIo,
): Promise<LoadedInput | null> {
  const template = await loadTemplate(templateId)
  if (!template.ok) {
    io.stderr(`${template.error.message}\n`)
    return null
  }
  const report = await loadReport(file, template.value, (text) => io.stderr(`提示：${text}\n`))
  if (!report.ok) {
    io.stderr(`${report.error.message}\n`)
    return null
  }
  return { template: template.value, report: report.value }
}
