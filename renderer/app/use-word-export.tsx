// 导出 Word (Ctrl+E): the dialog that picks the version (and, for a rolled-over draft, the 工作稿), and the export
// itself, which loads the docx writer on first use and offers the file under the report's name.
import { useCallback, useState, type ReactNode } from 'react'
import type { Bridge } from '../bridge/bridge'
import { draftMarks } from '../core/draft-marks'
import type { Report, ReportVersion } from '../core/report'
import type { AppError } from '../core/result'
import type { Settings } from '../core/settings'
import { ExportDialog } from './export-dialog'
import { offeredBaseName } from './open-document'
import type { ReportDocument } from './use-report-document'

export interface WordExportInputs {
  readonly bridge: Bridge
  readonly doc: ReportDocument
  /** The report as the last check saw it: the dialog names what it lacks and the marks it carries. */
  readonly report: Report
  /** Open findings that make the report incomplete; null while the check has not run (its code not loaded). */
  readonly errors: number | null
  readonly settings: Settings
  readonly fail: (error: AppError) => void
  readonly inform: (text: string) => void
}

export interface WordExport {
  /** Opens the dialog. */
  readonly choose: () => void
  /** The dialog while it is open, else null. */
  readonly dialog: ReactNode
}

export function useWordExport({
  bridge,
  doc,
  report,
  errors,
  settings,
  fail,
  inform,
}: WordExportInputs): WordExport {
  const [exporting, setExporting] = useState<'choosing' | 'busy' | null>(null)
  const { currentReport, metaRef, sessionRef } = doc

  const exportWord = useCallback(
    async (version: ReportVersion, { draftMarks: keepMarks }: { readonly draftMarks: boolean }) => {
      const current = sessionRef.current
      if (current === null) return
      setExporting('busy')
      try {
        // Loaded on first use: the docx writer is the largest part of the bundle and not needed to start.
        const { exportDocx } = await import('../docx/export/export-docx')
        const bytes = await exportDocx(currentReport(), { version, settings, draftMarks: keepMarks })
        const suffix = `${version === 'public' ? '（公开版）' : ''}${keepMarks ? '（工作稿）' : ''}`
        const result = await bridge.saveDocx({
          bytes,
          suggestedName: `${offeredBaseName(current.name, metaRef.current)}${suffix}.docx`,
        })
        if (!result.ok) return fail(result.error)
        if (result.value === null) return inform('已取消导出')
        inform(`已导出“${result.value.name}”${await unfilledNote(currentReport(), version, settings)}`)
      } catch {
        fail({ code: 'export-failed', message: '导出 Word 文档失败，报告内容未受影响。请重试。' })
      } finally {
        setExporting(null)
      }
    },
    [bridge, currentReport, fail, inform, metaRef, sessionRef, settings],
  )

  const choose = useCallback(() => setExporting('choosing'), [])
  const dialog =
    exporting === null ? null : (
      <ExportDialog
        initialVersion={report.meta.version}
        meta={report.meta}
        settings={settings}
        errors={errors}
        busy={exporting === 'busy'}
        marks={draftMarks(report)}
        onCancel={() => setExporting(null)}
        onExport={(version, options) => void exportWord(version, options)}
      />
    )
  return { choose, dialog }
}

/**
 * Pages the layout could not fill (unfilled-pages.ts), said after the export: the print preview shows them with
 * the change of text that fills each (fill-advice.ts).
 */
async function unfilledNote(report: Report, version: ReportVersion, settings: Settings): Promise<string> {
  const [{ paginateReport }, { unfilledPages }] = await Promise.all([
    import('../docx/layout/layout-report'),
    import('../docx/layout/unfilled-pages'),
  ])
  const pages = unfilledPages(paginateReport(report, { version, settings }))
  if (pages.length === 0) return ''
  return `；第${pages.map((page) => page.page).join('、')}页未排满，打印预览中有排版提示`
}
