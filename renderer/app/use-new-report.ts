// 新建报告: a report made from the chosen template and year with the 设置 defaults, and once its editor is up, the
// caret waiting in its first paragraph, as a new report is for typing.
import { useCallback, useEffect, useRef } from 'react'
import { defaultTemplate, findBuiltinTemplate } from '../core/builtin-templates'
import { newReport } from '../core/new-report'
import type { Settings } from '../core/settings'
import { firstParagraphPos } from '../editor/first-paragraph'
import { untitledName, type LoadedReport } from './open-document'
import type { NewReportChoice } from './start-screen'
import type { ReportDocument } from './use-report-document'

export interface NewReportInputs {
  readonly doc: Pick<ReportDocument, 'liveEditor'>
  readonly settings: Settings
  readonly load: (loaded: LoadedReport) => void
  readonly inform: (text: string) => void
}

export function useNewReport({
  doc,
  settings,
  load,
  inform,
}: NewReportInputs): (choice: NewReportChoice) => void {
  const focusNewReport = useRef(false)
  const startNew = useCallback(
    (choice: NewReportChoice) => {
      const chosen = findBuiltinTemplate(choice.templateId) ?? defaultTemplate()
      const fresh = newReport(chosen, choice.reportYear, { ...settings, issuerMark: choice.issuerMark })
      load({
        report: fresh,
        templateId: chosen.id,
        name: untitledName,
        path: null,
        dirty: false,
        notices: [],
      })
      focusNewReport.current = true
      inform(`已按“${chosen.name}”新建 ${String(choice.reportYear)} 年度报告`)
    },
    [inform, load, settings],
  )

  const { liveEditor } = doc
  useEffect(() => {
    // StrictMode's first editor, destroyed at once, can still be handed up before its successor: wait for that one
    if (liveEditor === null || liveEditor.isDestroyed || !focusNewReport.current) return
    focusNewReport.current = false
    const pos = firstParagraphPos(liveEditor.state.doc)
    liveEditor.commands.focus(pos ?? 'start')
  }, [liveEditor])

  return startNew
}
