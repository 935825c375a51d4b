// Turns a file the user opened into a report the editor can load, whatever its kind.
import type { OpenedFile } from '../bridge/bridge'
import { findBuiltinTemplate } from '../core/builtin-templates'
import { textToReport } from '../core/import/text-to-report'
import type { Report } from '../core/report'
import { parseReportFile } from '../core/report-file'
import { appError, err, ok, type Result } from '../core/result'
import type { Template } from '../core/template-schema'
import { decodeText } from '../docx/import/decode-text'

export interface LoadedReport {
  readonly report: Report
  readonly templateId: string
  /** The name to save under: imported files become .fznb, so the original is never overwritten. */
  readonly name: string
  readonly path: string | null
  /** Imported text is new work in our format: unsaved until the writer saves it. */
  readonly dirty: boolean
}

export const untitledName = '未命名报告.fznb'

export function baseName(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

export function loadOpenedFile(file: OpenedFile, template: Template): Result<LoadedReport> {
  switch (file.kind) {
    case 'report': {
      const parsed = parseReportFile(new TextDecoder().decode(file.bytes))
      if (!parsed.ok) return parsed
      const known = findBuiltinTemplate(parsed.value.templateId) !== null
      return ok({
        report: parsed.value.report,
        templateId: known ? parsed.value.templateId : template.id,
        name: file.name,
        path: file.path,
        dirty: false,
      })
    }
    case 'text': {
      const text = decodeText(file.bytes)
      if (!text.ok) return text
      return ok({
        report: textToReport(text.value, template),
        templateId: template.id,
        name: `${baseName(file.name)}.fznb`,
        path: null,
        dirty: true,
      })
    }
    case 'docx':
      return err(
        appError(
          'docx-import-pending',
          `“${file.name}”：导入 Word 文档的功能即将提供，目前请先在 Word/WPS 中另存为纯文本（.txt）再打开。`,
        ),
      )
  }
}
