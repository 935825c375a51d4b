// .docx bytes → Report, through the same builder as text (blocksToReport), plus notices about what
// the Report cannot hold. A working draft's comments give back last year's plans and text (meta.lastYear).
import { blocksToReport } from '../../core/import/blocks-to-report'
import type { Report } from '../../core/report'
import { appError, err, ok, type AppError, type Result } from '../../core/result'
import type { Template } from '../../core/template-schema'
import { titleAsTyped } from './core-title'
import { docxToBlocks } from './docx-to-blocks'
import { lastYearFromComments } from './last-year-from-comments'
import { readDocxDocument } from './read-docx-document'

export interface DocxReport {
  readonly report: Report
  /** Chinese, for a notice bar or stderr: what was left out (images). */
  readonly notices: readonly string[]
}

export async function docxToReport(
  bytes: Uint8Array,
  name: string,
  template: Template,
): Promise<Result<DocxReport, AppError>> {
  const document = await readDocxDocument(bytes, name)
  if (!document.ok) return document
  const { blocks, notices } = docxToBlocks(document.value.body)
  if (blocks.length === 0) return err(appError('no-body', `“${name}”里没有文字内容。`))
  const report = blocksToReport(blocks, template)
  const title = titleAsTyped(report.meta.title, document.value.propertyTitle)
  const lastYear = lastYearFromComments(document.value.body.comments, template)
  return ok({
    report: { ...report, meta: { ...report.meta, title, ...(lastYear === null ? {} : { lastYear }) } },
    notices,
  })
}
