// Turns a file the user opened into a report the editor can load, whatever its kind: our own .fznb,
// last year's Word document or a plain-text file; and, for 从去年的报告开始, rolls it over to a new year.
import type { OpenedFile } from '../bridge/bridge'
import { findBuiltinTemplate } from '../core/builtin-templates'
import { suggestedFileName } from '../core/file-name'
import type { Report, ReportMeta } from '../core/report'
import { ok, type Result } from '../core/result'
import { skippedYears } from '../core/rollover/skipped-years'
import type { Template } from '../core/template-schema'

export interface LoadedReport {
  readonly report: Report
  readonly templateId: string
  /** The name to save under: imported files become .fznb, so the original is never overwritten. */
  readonly name: string
  readonly path: string | null
  /** Imported text is new work in our format: unsaved until the writer saves it. */
  readonly dirty: boolean
  /** What the importer had to leave out (images, text boxes), in Chinese. */
  readonly notices: readonly string[]
}

export const untitledName = '未命名报告.fznb'

export function baseName(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/** The name to offer when saving or exporting: the file's own, or for a report never saved one from its 公文信息. */
export function offeredBaseName(name: string, meta: ReportMeta): string {
  return name === untitledName ? suggestedFileName(meta) : baseName(name)
}

export async function loadOpenedFile(file: OpenedFile, template: Template): Promise<Result<LoadedReport>> {
  // Loaded on first use: the importers bring mammoth, jszip and xmldom, which the start screen does not need.
  const { importReport } = await import('../docx/import/import-report')
  const imported = await importReport(file.name, file.bytes, template)
  if (!imported.ok) return imported
  const { kind, report, templateId, notices } = imported.value
  if (kind === 'report') {
    const known = templateId !== null && findBuiltinTemplate(templateId) !== null
    return ok({
      report,
      templateId: known ? templateId : template.id,
      name: file.name,
      path: file.path,
      dirty: false,
      notices,
    })
  }
  return ok({
    report,
    templateId: template.id,
    name: `${baseName(file.name)}.fznb`,
    path: null,
    dirty: true,
    notices,
  })
}

/**
 * Asked when last year's file is older than the year before the new report's (a 2023 report rolled over to 2026):
 * years were skipped, most likely by the start screen's default year; true goes ahead.
 */
export type ConfirmSkippedYears = (skipped: {
  readonly from: number
  readonly to: number
}) => Promise<boolean>

/** Last year's file, rolled over: the name takes the new year where it had the old one. Null when not confirmed. */
export async function startFromLastYear(
  file: OpenedFile,
  template: Template,
  year: number,
  confirmSkip: ConfirmSkippedYears,
): Promise<Result<LoadedReport | null>> {
  const loaded = await loadOpenedFile(file, template)
  if (!loaded.ok) return loaded
  const oldYear = loaded.value.report.meta.reportYear
  if (
    oldYear !== null &&
    skippedYears(oldYear, year).length > 0 &&
    !(await confirmSkip({ from: oldYear, to: year }))
  )
    return ok(null)
  // loaded on first use, as the importers are: the rollover brings the check's term matching and its dictionaries
  const { rolloverReport } = await import('../core/rollover/rollover-report')
  const rolled = rolloverReport(loaded.value.report, year)
  if (!rolled.ok) return rolled
  const base = baseName(file.name)
  const name =
    oldYear !== null && base.includes(String(oldYear))
      ? `${base.replaceAll(String(oldYear), String(year))}.fznb`
      : `${base}（${String(year)}年度）.fznb`
  return ok({ ...loaded.value, report: rolled.value, name, path: null, dirty: true })
}
