// 保存 and 另存为 (Ctrl+S): the report file written through the Bridge, the session moved to the saved path, the
// autosaved draft of its unsaved days cleared, and the 公文信息 the clerk typed remembered as next year's defaults.
import { useCallback } from 'react'
import type { Bridge } from '../bridge/bridge'
import { rememberDefaults } from '../core/remember-defaults'
import { reportFileContent } from '../core/report-file'
import type { AppError } from '../core/result'
import type { Settings } from '../core/settings'
import { documentIdFor } from './draft-slot'
import { offeredBaseName } from './open-document'
import type { AutosaveControls } from './use-autosave'
import type { ReportDocument } from './use-report-document'

export interface SaveReportInputs {
  readonly bridge: Bridge
  readonly doc: ReportDocument
  readonly autosave: Pick<AutosaveControls, 'clear' | 'slotOf' | 'touch'>
  readonly settings: Settings
  readonly onSettingsSaved: (settings: Settings) => void
  /** The recent-files list changed. */
  readonly onSaved: () => void
  readonly fail: (error: AppError) => void
  readonly inform: (text: string) => void
}

/** Saves the open report, under its own path or (`asNew`, or never saved) one the clerk picks. */
export function useSaveReport({
  bridge,
  doc,
  autosave,
  settings,
  onSettingsSaved,
  onSaved,
  fail,
  inform,
}: SaveReportInputs): (asNew: boolean) => Promise<void> {
  const { sessionRef, setSession, metaRef, currentReport, editCount } = doc
  const { clear, slotOf, touch } = autosave
  return useCallback(
    async (asNew: boolean) => {
      const current = sessionRef.current
      if (current === null) return inform('请先新建或打开报告')
      const editsWritten = editCount()
      // checked before anything is written: a report too large to open again is not saved over the old file
      const content = reportFileContent({ templateId: current.templateId, report: currentReport() })
      if (!content.ok) return fail(content.error)
      const result = await bridge.saveReport({
        content: content.value,
        path: asNew ? null : current.path,
        suggestedName: `${offeredBaseName(current.name, metaRef.current)}.fznb`,
      })
      if (!result.ok) return fail(result.error)
      if (result.value === null) return inform('已取消保存')
      const saved = result.value
      const typedMeanwhile = editCount() !== editsWritten
      // Saved under a path, the report's slot follows the path: the draft of its unsaved days goes.
      const savedSlot = slotOf(current.documentId)
      setSession((latest) =>
        latest === null
          ? latest
          : {
              ...latest,
              name: saved.name,
              path: saved.path,
              documentId: documentIdFor(saved.path, latest.documentId),
              dirty: typedMeanwhile,
            },
      )
      clear(savedSlot)
      // typed while the file was written: not in the file, so kept as unsaved and stored in the saved report's slot
      if (typedMeanwhile) touch()
      onSaved()
      inform(`已保存“${saved.name}”`)
      const remembered = rememberDefaults(settings, metaRef.current)
      if (JSON.stringify(remembered) !== JSON.stringify(settings))
        void bridge.saveSettings(remembered).then((stored) => stored.ok && onSettingsSaved(stored.value))
    },
    [
      bridge,
      clear,
      currentReport,
      editCount,
      fail,
      inform,
      metaRef,
      onSaved,
      onSettingsSaved,
      sessionRef,
      setSession,
      settings,
      slotOf,
      touch,
    ],
  )
}
