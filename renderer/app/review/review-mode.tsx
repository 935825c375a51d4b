// 审阅模式 for the county 依法治县办: choose the folder of townships' reports, see the table, open any
// report read-only with its findings, and export the summary as a self-contained web page.
import type { Editor } from '@tiptap/core'
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import type { FolderContents } from '../../bridge/bridge'
import { checkReport } from '../../core/check/check-report'
import type { Finding } from '../../core/check/finding'
import { localIsoDate } from '../../core/local-date'
import type { Report } from '../../core/report'
import type { AppError } from '../../core/result'
import { formatTotalText } from '../../core/review/format-applicability'
import { reviewPageHtml } from '../../core/review/review-page-html'
import type { ReviewSummary } from '../../core/review/review-summary'
import { reviewTable } from '../../core/review/review-table'
import type { Template } from '../../core/template-schema'
import { importReport } from '../../docx/import/import-report'
import { docToReport } from '../../editor/doc-to-report'
import { jumpToFinding } from '../../editor/report-commands'
import { reportToDoc } from '../../editor/report-to-doc'
import { useBridge } from '../bridge-context'
import { summarizeCheck } from '../check-summary'
import { FindingsPanel } from '../findings-panel'
import { PageFoot, PageHead } from '../page-meta-fields'
import { ReportEditor } from '../report-editor'
import { ReviewTableView } from './review-table-view'

export interface ReviewModeProps {
  readonly folder: FolderContents
  readonly summary: ReviewSummary
  readonly template: Template
  readonly onChooseFolder: () => void
  readonly onExit: () => void
  readonly onError: (error: AppError) => void
  readonly onInfo: (text: string) => void
}

interface OpenedReport {
  readonly file: string
  readonly report: Report
}

const noop = (): void => undefined

export function ReviewMode({
  folder,
  summary,
  template,
  onChooseFolder,
  onExit,
  onError,
  onInfo,
}: ReviewModeProps): ReactNode {
  const bridge = useBridge()
  const [opened, setOpened] = useState<OpenedReport | null>(null)
  const editorRef = useRef<Editor | null>(null)
  const table = useMemo(() => reviewTable(summary, template), [summary, template])
  const { totals } = summary

  const open = useCallback(
    async (file: string) => {
      const row = summary.rows.find((candidate) => candidate.file === file)
      const bytes = folder.files.find((candidate) => candidate.path === file)?.bytes ?? null
      if (row === undefined || bytes === null || !row.readable)
        return onError({ code: 'unreadable', message: row?.error?.message ?? `无法读取“${file}”。` })
      const imported = await importReport(file.slice(file.lastIndexOf('/') + 1), bytes, template)
      if (!imported.ok) return onError(imported.error)
      setOpened({ file, report: imported.value.report })
    },
    [folder, onError, summary, template],
  )

  const saveSummary = useCallback(
    async (bytes: Uint8Array, extension: 'html' | 'xlsx') => {
      const result = await bridge.saveSummary({
        bytes,
        suggestedName: `${folder.name}-审阅汇总.${extension}`,
      })
      if (!result.ok) return onError(result.error)
      if (result.value !== null) onInfo(`已导出“${result.value.name}”`)
    },
    [bridge, folder.name, onError, onInfo],
  )

  const exportHtml = useCallback(
    () => saveSummary(new TextEncoder().encode(reviewPageHtml(summary, template)), 'html'),
    [saveSummary, summary, template],
  )

  // the workbook writer is loaded when a reviewer first asks for the spreadsheet, not at start-up
  const exportXlsx = useCallback(async () => {
    try {
      const { reviewXlsx } = await import('../../xlsx/review-xlsx')
      await saveSummary(reviewXlsx(summary, template), 'xlsx')
    } catch {
      onError({
        code: 'xlsx-failed',
        message: '生成 Excel 汇总表时出错，请改用“导出汇总（网页）”，或用命令行 review 导出。',
      })
    }
  }, [onError, saveSummary, summary, template])

  const setEditor = useCallback((editor: Editor | null) => {
    editorRef.current = editor
  }, [])

  return (
    <main className="review-mode">
      <header className="review-header">
        <h2>审阅：{folder.name}</h2>
        <p data-testid="review-totals">
          共 {totals.reports} 份：退回 {totals.sendBack} 份，完整 {totals.complete} 份，按时报送{' '}
          {totals.onTime} 份，逾期 {totals.late} 份，{formatTotalText(totals)}
          {totals.unreadable > 0 ? `，无法读取 ${String(totals.unreadable)} 份` : ''}
        </p>
        <div className="review-actions">
          {opened !== null && (
            <button type="button" onClick={() => setOpened(null)}>
              返回汇总表
            </button>
          )}
          <button type="button" onClick={onChooseFolder}>
            换一个文件夹…
          </button>
          <button type="button" onClick={() => void exportXlsx()}>
            导出汇总（Excel）
          </button>
          <button type="button" onClick={() => void exportHtml()}>
            导出汇总（网页）
          </button>
          <button type="button" onClick={onExit}>
            退出审阅
          </button>
        </div>
      </header>
      {opened === null ? (
        <ReviewTableView table={table} onOpen={(file) => void open(file)} />
      ) : (
        <ReviewedReport
          key={opened.file}
          opened={opened}
          template={template}
          setEditor={setEditor}
          editorRef={editorRef}
        />
      )}
    </main>
  )
}

interface ReviewedReportProps {
  readonly opened: OpenedReport
  readonly template: Template
  readonly setEditor: (editor: Editor | null) => void
  readonly editorRef: { readonly current: Editor | null }
}

function ReviewedReport({ opened, template, setEditor, editorRef }: ReviewedReportProps): ReactNode {
  const content = useMemo(() => reportToDoc(opened.report), [opened])
  // Checked as the editor numbers its blocks, so a finding's line leads to the right paragraph.
  const check = useMemo(
    () =>
      checkReport(docToReport(content, opened.report.meta), template, { today: localIsoDate(new Date()) }),
    [content, opened, template],
  )
  const summary = useMemo(() => summarizeCheck(check, template), [check, template])
  const jump = (finding: Finding): void => {
    if (editorRef.current !== null) jumpToFinding(editorRef.current, finding)
  }
  return (
    <div className="review-report">
      <div className="page-scroller">
        <p className="review-read-only">只读：{opened.file}</p>
        <article className="page" aria-label="报告页面">
          <PageHead meta={opened.report.meta} onChange={noop} readOnly />
          <ReportEditor
            content={content}
            editable={false}
            onReady={setEditor}
            onChange={noop}
            onPartChange={noop}
          />
          <PageFoot meta={opened.report.meta} />
        </article>
      </div>
      <aside className="side-panel" aria-label="审阅意见">
        <FindingsPanel
          result={check}
          summary={summary}
          template={template}
          onJump={jump}
          onAddPart={noop}
          onFix={noop}
          onFixAllText={noop}
          onConfirmAllStale={noop}
          readOnly
        />
      </aside>
    </div>
  )
}
