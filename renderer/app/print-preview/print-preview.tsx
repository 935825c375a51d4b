// 打印预览: the report paginated on A4 sheets exactly as it prints (layoutReport gives the same pages as
// LibreOffice gives the exported .docx). Rendered into its own layer on <body>, so that while it is open the
// print stylesheet prints the sheets and nothing of the app (print-preview.css); Electron's print and
// printToPDF and the browser's window.print all print the page as it stands.
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import type { Report, ReportVersion } from '../../core/report'
import { defaultSettings, type Settings } from '../../core/settings'
import { adviceMessage, fillAdvice } from '../../docx/layout/fill-advice'
import {
  type LayoutOptions,
  type PaginatedReport,
  paginateReport,
  printLayout,
} from '../../docx/layout/layout-report'
import { fontStacks } from './print-fonts'
import { PrintPage } from './print-page'
import './print-preview.css'

export interface PrintPreviewActions {
  readonly onPrint: () => void
  /** Absent where no PDF can be written (browser mode prints to PDF through the print dialog). */
  readonly onExportPdf?: () => void
  readonly onClose: () => void
  /** Disables the buttons while a print or an export runs. */
  readonly busy?: boolean
}

export interface PrintPreviewProps {
  readonly report: Report
  readonly settings?: Settings
  /** 上行文 or 公开; defaults to the report's own, as the export does. */
  readonly version?: ReportVersion
  readonly sealed?: boolean
  /** Shows the bar with 打印 / 导出 PDF / 关闭 (never printed) and closes on Escape. */
  readonly actions?: PrintPreviewActions
}

export function PrintPreview({
  report,
  settings = defaultSettings,
  version,
  sealed,
  actions,
}: PrintPreviewProps): ReactNode {
  // paginated once: the pages drawn and the layout advice start from the same pagination
  const paginated = useMemo(
    () => paginateReport(report, { settings, version, sealed }),
    [report, settings, version, sealed],
  )
  const layout = useMemo(() => printLayout(paginated), [paginated])
  const fonts = useMemo(() => fontStacks(settings.fonts), [settings.fonts])
  const advice = useFillAdvice(paginated, report, { settings, version, sealed }, actions !== undefined)
  const onClose = actions?.onClose
  useEffect(() => {
    if (onClose === undefined) return undefined
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  return createPortal(
    <div className="print-preview" role="document" aria-label="打印预览" data-pages={layout.pages.length}>
      {actions !== undefined && (
        <div className="print-preview-head">
          <div className="print-preview-bar" role="toolbar" aria-label="打印预览">
            <span className="print-preview-count">共 {layout.pages.length} 页</span>
            <button type="button" onClick={actions.onPrint} disabled={actions.busy}>
              打印
            </button>
            {actions.onExportPdf !== undefined && (
              <button type="button" onClick={actions.onExportPdf} disabled={actions.busy}>
                导出 PDF
              </button>
            )}
            <button type="button" onClick={actions.onClose}>
              关闭预览
            </button>
          </div>
          {advice.length > 0 && (
            <ul className="print-preview-advice" role="status" aria-label="排版提示">
              {advice.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {layout.pages.map((page, index) => (
        <PrintPage key={index} page={page} fonts={fonts} />
      ))}
    </div>,
    document.body,
  )
}

/** The longest the preview's thread spends looking for changes of text (fill-advice.ts), once its pages are drawn. */
const ADVICE_BUDGET_MS = 400

/**
 * The pages no 调整字距 could fill, with the change of text that fills each (fill-advice.ts): worked out after the
 * pages are drawn, as it lays the report out again for each change it tries, and shown only for the pages it was
 * worked out for. Only on screen, with the bar.
 */
function useFillAdvice(
  paginated: PaginatedReport,
  report: Report,
  options: LayoutOptions,
  shown: boolean,
): readonly string[] {
  const [advice, setAdvice] = useState<{
    readonly paginated: PaginatedReport
    readonly messages: string[]
  } | null>(null)
  const { settings, version, sealed } = options
  useEffect(() => {
    if (!shown) return undefined
    const timer = window.setTimeout(() => {
      const found = fillAdvice(report, { settings, version, sealed }, ADVICE_BUDGET_MS, paginated)
      setAdvice({ paginated, messages: found.map(adviceMessage) })
    }, 0)
    return () => window.clearTimeout(timer)
  }, [paginated, report, settings, version, sealed, shown])
  return advice?.paginated === paginated ? advice.messages : []
}
