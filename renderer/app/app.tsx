// The app shell: toolbar, outline, the page, the side panel and the status bar, wired to the Bridge.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import type { MenuCommand, OpenedFile } from '../bridge/bridge'
import { parseReportFile, serializeReportFile } from '../core/report-file'
import type { AppError } from '../core/result'
import { defaultSettings, type Settings } from '../core/settings'
import { commandForKey } from './app-commands'
import { useBridge } from './bridge-context'
import { newDocument, type OpenDocument } from './open-document'
import { PartsOutline } from './parts-outline'
import { ReportPage } from './report-page'
import { SettingsDialog } from './settings-dialog'
import { SidePanel } from './side-panel'
import { StatusBar } from './status-bar'
import { Toolbar } from './toolbar'

interface Notice {
  readonly kind: 'info' | 'error'
  readonly text: string
}

function baseName(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

export function App(): ReactNode {
  const bridge = useBridge()
  const [settings, setSettings] = useState<Settings>(defaultSettings)
  const [document, setDocument] = useState<OpenDocument>(() => newDocument(defaultSettings))
  const [notice, setNotice] = useState<Notice>({ kind: 'info', text: '就绪' })
  const [settingsOpen, setSettingsOpen] = useState(false)
  // Commands run from key and menu listeners registered once; they read the latest document here.
  const documentRef = useRef(document)
  useEffect(() => {
    documentRef.current = document
  }, [document])

  const fail = useCallback((error: AppError) => setNotice({ kind: 'error', text: error.message }), [])
  const inform = useCallback((text: string) => setNotice({ kind: 'info', text }), [])

  const confirmDiscard = useCallback(
    (): boolean =>
      !documentRef.current.dirty ||
      window.confirm(`“${documentRef.current.name}”尚未保存，确定要放弃更改吗？`),
    [],
  )

  const showOpened = useCallback(
    (file: OpenedFile) => {
      if (file.kind !== 'report') {
        inform(`“${file.name}”：导入 Word 和文本文件的功能即将提供，目前请打开 .fznb 报告文件。`)
        return
      }
      const parsed = parseReportFile(new TextDecoder().decode(file.bytes))
      if (!parsed.ok) return fail(parsed.error)
      setDocument({ ...parsed.value, name: file.name, path: file.path, dirty: false })
      inform(`已打开“${file.name}”`)
    },
    [fail, inform],
  )

  const save = useCallback(
    async (asNew: boolean) => {
      const current = documentRef.current
      const result = await bridge.saveReport({
        content: serializeReportFile({ templateId: current.templateId, report: current.report }),
        path: asNew ? null : current.path,
        suggestedName: `${baseName(current.name)}.fznb`,
      })
      if (!result.ok) return fail(result.error)
      if (result.value === null) return inform('已取消保存')
      const saved = result.value
      setDocument((latest) => ({ ...latest, name: saved.name, path: saved.path, dirty: false }))
      inform(`已保存“${saved.name}”`)
    },
    [bridge, fail, inform],
  )

  const runCommand = useCallback(
    async (command: MenuCommand): Promise<void> => {
      switch (command) {
        case 'new':
          if (!confirmDiscard()) return
          setDocument(newDocument(settings))
          return inform('已新建报告')
        case 'open': {
          if (!confirmDiscard()) return
          const result = await bridge.openFile()
          if (!result.ok) return fail(result.error)
          if (result.value !== null) showOpened(result.value)
          return
        }
        case 'save':
          return save(false)
        case 'save-as':
          return save(true)
        case 'export-docx':
          return inform('导出公文格式 Word 的功能即将提供。')
        case 'print': {
          const result = await bridge.print()
          if (!result.ok) fail(result.error)
          return
        }
        case 'settings':
          setSettingsOpen(true)
          return
        case 'about':
          return inform('法治年报：乡镇（街道）法治政府建设年度报告的起草、检查与排版工具，完全离线运行。')
        case 'undo':
        case 'redo':
        case 'find':
        case 'replace':
          return inform('正文编辑器即将提供撤销、重做与查找替换。')
      }
    },
    [bridge, confirmDiscard, fail, inform, save, settings, showOpened],
  )

  useEffect(() => {
    void bridge.loadSettings().then((result) => {
      if (!result.ok) return fail(result.error)
      setSettings(result.value)
      setDocument((current) =>
        current.path === null && !current.dirty ? newDocument(result.value) : current,
      )
    })
    void bridge.takeLaunchFile().then((result) => {
      if (!result.ok) fail(result.error)
      else if (result.value !== null) showOpened(result.value)
    })
  }, [bridge, fail, showOpened])

  useEffect(() => {
    void bridge.setDocumentState({ name: document.name, dirty: document.dirty })
  }, [bridge, document.name, document.dirty])

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
      if (confirmDiscard()) showOpened(file)
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      offMenu()
      offFile()
    }
  }, [bridge, confirmDiscard, runCommand, showOpened])

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">法治年报</span>
        <Toolbar onCommand={(command) => void runCommand(command)} />
      </header>
      {notice.kind === 'error' && (
        <div className="notice-error" role="alert">
          {notice.text}
          <button type="button" aria-label="关闭提示" onClick={() => inform('就绪')}>
            ×
          </button>
        </div>
      )}
      <main className="workspace">
        <PartsOutline report={document.report} />
        <div className="page-scroller">
          <ReportPage report={document.report} />
        </div>
        <SidePanel />
      </main>
      <StatusBar
        documentName={document.name}
        dirty={document.dirty}
        message={notice.text}
        platform={bridge.platform}
      />
      {settingsOpen && (
        <SettingsDialog
          initial={settings}
          onCancel={() => setSettingsOpen(false)}
          onSave={(next) =>
            void bridge.saveSettings(next).then((result) => {
              if (!result.ok) return fail(result.error)
              setSettings(result.value)
              setSettingsOpen(false)
              inform('设置已保存')
            })
          }
        />
      )}
    </div>
  )
}
