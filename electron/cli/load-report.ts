// Any input the CLI reads (cli.md "Input files") → Report. Shared by check and, later, export.
import { decodeText } from '../../renderer/docx/import/decode-text'
import { textToReport } from '../../renderer/core/import/text-to-report'
import type { Report } from '../../renderer/core/report'
import { parseReportFile } from '../../renderer/core/report-file'
import { appError, err, ok, type AppError, type Result } from '../../renderer/core/result'
import type { Template } from '../../renderer/core/template-schema'
import { readInput } from '../io/read-input'

export async function loadReport(path: string, template: Template): Promise<Result<Report, AppError>> {
  const input = await readInput(path)
  if (!input.ok) return input
  const { kind, bytes, name } = input.value
  if (kind === 'docx') {
    // .docx import (mammoth) is a later issue; say so instead of failing obscurely.
    return err(appError('docx-not-supported', `暂不支持直接检查 Word 文档“${name}”，请先在 Word/WPS 中另存为 .txt（UTF-8）后再检查。`))
  }
  const text = decodeText(bytes)
  if (!text.ok) return text
  if (kind === 'report') {
    const file = parseReportFile(text.value)
    return file.ok ? ok(file.value.report) : file
  }
  const report = textToReport(text.value, template)
  if (report.parts.length === 0 && report.preamble.length === 0) {
    return err(appError('no-body', `文件“${name}”没有正文内容。`))
  }
  return ok(report)
}
