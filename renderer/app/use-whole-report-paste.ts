// 识别为整篇报告: a whole report pasted into an empty document is first pasted as text, as any paste is; the app then
// offers to read it as if it had been opened from its file (core/import/whole-report.ts). Accepting reloads the
// document from the recognised report, the 公文信息 filled in; 撤销 brings back the document as it was just before.
import { useCallback, useState } from 'react'
import { bodyIsEmpty, pastedMeta, recognizeWholeReport, type WholeReport } from '../core/import/whole-report'
import type { Report } from '../core/report'
import type { Template } from '../core/template-schema'
import type { ReportDocument } from './use-report-document'

export interface WholeReportPaste {
  /** A pasted whole report the clerk has not answered yet. */
  readonly offer: WholeReport | null
  /** The recognition just made, with what it found, until it is undone or dismissed. */
  readonly applied: { readonly found: readonly string[] } | null
  /** Called with the clipboard's text before the paste lands in the editor. */
  readonly onPasteText: (text: string) => void
  readonly accept: () => void
  readonly undo: () => void
  readonly dismiss: () => void
}

export function useWholeReportPaste(
  doc: ReportDocument,
  template: Template,
  inform: (text: string) => void,
): WholeReportPaste {
  const [offer, setOffer] = useState<WholeReport | null>(null)
  const [applied, setApplied] = useState<{
    readonly before: Report
    readonly found: readonly string[]
  } | null>(null)
  const { currentReport, replaceReport } = doc

  const onPasteText = useCallback(
    (text: string) => {
      if (!bodyIsEmpty(currentReport())) return
      setOffer(recognizeWholeReport(text, template))
      setApplied(null)
    },
    [currentReport, template],
  )

  const accept = useCallback(() => {
    if (offer === null) return
    const before = currentReport()
    replaceReport({ ...offer.report, meta: pastedMeta(before.meta, offer.report.meta) })
    setApplied({ before, found: offer.found })
    setOffer(null)
    inform(`已识别为整篇报告：${offer.found.join('、')}已分别填入`)
  }, [currentReport, inform, offer, replaceReport])

  const undo = useCallback(() => {
    if (applied === null) return
    replaceReport(applied.before)
    setApplied(null)
    inform('已撤销识别，恢复为粘贴时的样子')
  }, [applied, inform, replaceReport])

  const dismiss = useCallback(() => {
    setOffer(null)
    setApplied(null)
  }, [])

  return { offer, applied, onPasteText, accept, undo, dismiss }
}
