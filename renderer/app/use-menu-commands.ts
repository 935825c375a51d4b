// The commands of the toolbar, the window menu and the Word/WPS shortcuts (app-commands.ts), one place for all
// three; and a file handed over by the system (a .fznb double-clicked while the app is open).
import { useCallback, useEffect } from 'react'
import type { Bridge, FolderContents, MenuCommand, OpenedFile } from '../bridge/bridge'
import { defaultTemplate } from '../core/builtin-templates'
import type { Report } from '../core/report'
import type { AppError } from '../core/result'
import type { ReviewSummary } from '../core/review/review-summary'
import { commandForKey } from './app-commands'
import type { ReportDocument } from './use-report-document'

export interface MenuCommandInputs {
  readonly bridge: Bridge
  readonly doc: ReportDocument
  /** false when the clerk keeps unsaved changes rather than lose them. */
  readonly confirmDiscard: () => boolean
  readonly save: (asNew: boolean) => Promise<void>
  readonly chooseWordExport: () => void
  readonly showPreview: (report: Report) => void
  readonly openSettings: () => void
  readonly showReview: (folder: FolderContents, summary: ReviewSummary) => void
  readonly openFind: (mode: 'find' | 'replace') => void
  readonly showOpened: (file: OpenedFile) => Promise<void>
  readonly fail: (error: AppError) => void
  readonly inform: (text: string) => void
}

export function useMenuCommands({
  bridge,
  doc,
  confirmDiscard,
  save,
  chooseWordExport,
  showPreview,
  openSettings,
  showReview,
  openFind,
  showOpened,
  fail,
  inform,
}: MenuCommandInputs): (command: MenuCommand) => Promise<void> {
  const { editorRef, sessionRef, setSession, currentReport, remount } = doc

  const runCommand = useCallback(
    async (command: MenuCommand): Promise<void> => {
      const editor = editorRef.current
      switch (command) {
        case 'new':
          if (!confirmDiscard()) return
          setSession(() => null)
          return inform('请选择模板和报告年度')
        case 'open': {
          if (!confirmDiscard()) return
          const result = await bridge.openFile()
          if (!result.ok) return fail(result.error)
          if (result.value !== null) await showOpened(result.value)
          return
        }
        case 'save':
          return save(false)
        case 'save-as':
          return save(true)
        case 'export-docx':
          if (sessionRef.current === null) return inform('请先新建或打开报告')
          chooseWordExport()
          return
        case 'print':
          // As in Word and WPS, printing starts from the preview of the pages as they will come out.
          if (sessionRef.current === null) return inform('请先新建或打开报告')
          showPreview(currentReport())
          return
        case 'settings':
          openSettings()
          return
        case 'review': {
          const result = await bridge.openFolder()
          if (!result.ok) return fail(result.error)
          if (result.value === null) return
          if (result.value.files.length === 0)
            return inform(`“${result.value.name}”中没有 .docx、.txt 或 .fznb 报告。`)
          inform(`正在审阅 ${String(result.value.files.length)} 份报告…`)
          const { reviewFolderContents } = await import('./review/review-folder')
          const summary = await reviewFolderContents(result.value, defaultTemplate())
          // Keep the draft being edited: the editor comes back with it when review mode is left.
          if (sessionRef.current !== null) remount()
          showReview(result.value, summary)
          return inform(`已审阅“${result.value.name}”中的 ${String(summary.rows.length)} 份报告`)
        }
        case 'about':
          return inform('法治年报：乡镇（街道）法治政府建设年度报告的起草、检查与排版工具，完全离线运行。')
        case 'undo':
          editor?.chain().focus().undo().run()
          return
        case 'redo':
          editor?.chain().focus().redo().run()
          return
        case 'find':
        case 'replace':
          if (editor === null) return inform('请先新建或打开报告')
          openFind(command)
          return
      }
    },
    [
      bridge,
      chooseWordExport,
      confirmDiscard,
      currentReport,
      editorRef,
      fail,
      inform,
      openFind,
      openSettings,
      remount,
      save,
      sessionRef,
      setSession,
      showOpened,
      showPreview,
      showReview,
    ],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const command = commandForKey(event)
      if (command === null) return
      event.preventDefault()
      void runCommand(command)
    }
    window.addEventListener('keydown', onKey)
    const offMenu = bridge.onMenuCommand((command) => void runCommand(command))
    const offFile = bridge.onFileOpened((file) => {
      if (confirmDiscard()) void showOpened(file)
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      offMenu()
      offFile()
    }
  }, [bridge, confirmDiscard, runCommand, showOpened])

  return runCommand
}
