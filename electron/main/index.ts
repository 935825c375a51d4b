// Lifecycle of the desktop app: one instance, one window, the Bridge handlers, the Chinese menu.
import { join } from 'node:path'
import { app, type BrowserWindow, ipcMain, Menu, session } from 'electron'
import type { DocumentState, MenuCommand } from '../../renderer/bridge/bridge'
import { channels } from '../../renderer/bridge/channels'
import { appError, err, ok, type Result } from '../../renderer/core/result'
import { buildAppMenu } from './app-menu'
import { createAppStore } from './app-store'
import { createWindow, rendererDir } from './create-window'
import {
  askAboutRendererTrouble,
  askCloseWithUnsavedChanges,
  askFolderPath,
  askOpenPath,
  askSavePath,
  showAbout,
} from './dialogs'
import { createFlushBeforeClose } from './flush-before-close'
import { createFileAccess } from './file-access'
import { findLaunchPath } from './launch-path'
import { isAppUrl, lockDownSession } from './lock-down-session'
import { openDocument } from './open-document'
import { registerBridge } from './register-bridge'
import { watchRenderer } from './watch-renderer'

const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']

function start(): void {
  const store = createAppStore()
  const files = createFileAccess()
  let window: BrowserWindow | null = null
  let documentState: DocumentState = { name: '未命名报告', dirty: false }
  let launchPath = findLaunchPath(process.argv)
  if (launchPath !== null) files.grantOpened(launchPath)

  const send = (channel: string, payload: unknown): void => window?.webContents.send(channel, payload)
  const flushBeforeClose = createFlushBeforeClose(() => send(channels.flushAutosave, null))
  const sendCommand = (command: MenuCommand): void => {
    if (command === 'about' && window !== null) void showAbout(window, app.getVersion())
    else send(channels.menuCommand, command)
  }
  const openInWindow = async (path: string): Promise<void> => {
    files.grantOpened(path)
    const opened = await openDocument(path)
    if (opened.ok) {
      store.addRecent({ name: opened.value.name, path })
      refreshMenu()
      send(channels.fileOpened, opened.value)
    }
  }
  const refreshMenu = (): void =>
    Menu.setApplicationMenu(
      buildAppMenu(
        store.readRecent(),
        { command: sendCommand, openRecent: (path) => void openInWindow(path), quit: () => app.quit() },
        devUrl !== undefined,
      ),
    )

  app.on('second-instance', (_event, argv) => {
    if (window === null) return
    if (window.isMinimized()) window.restore()
    window.focus()
    const path = findLaunchPath(argv)
    if (path !== null) void openInWindow(path)
  })

  void app.whenReady().then(() => {
    lockDownSession(session.defaultSession, devUrl, rendererDir)
    registerBridge(ipcMain, {
      store,
      files,
      autosaveFolder: join(app.getPath('userData'), 'autosave'),
      isTrustedSender: (event) => {
        const url = (event as { senderFrame?: { url?: string } | null }).senderFrame?.url
        return typeof url === 'string' && isAppUrl(url, devUrl, rendererDir)
      },
      askOpenPath: () => (window === null ? Promise.resolve(null) : askOpenPath(window)),
      askSavePath: (name, kind) =>
        window === null ? Promise.resolve(null) : askSavePath(window, name, kind),
      askFolderPath: () => (window === null ? Promise.resolve(null) : askFolderPath(window)),
      takeLaunchPath: () => {
        const path = launchPath
        launchPath = null
        return path
      },
      setDocumentState: (state) => {
        documentState = state
        window?.setTitle(
          state.name === '' ? '法治年报' : `${state.dirty ? '● ' : ''}${state.name} — 法治年报`,
        )
        window?.setDocumentEdited(state.dirty)
      },
      print: () => printWindow(window),
      printToPdf: () => printWindowToPdf(window),
      recentChanged: refreshMenu,
      autosaveFlushed: () => flushBeforeClose.done(),
    })
    refreshMenu()
    window = createWindow(devUrl)
    const created = window
    // A crashed or hung page: log it in userData, ask, reload with the autosaved draft.
    watchRenderer(created, {
      logFile: join(app.getPath('userData'), 'logs', 'renderer.log'),
      ask: (question) => askAboutRendererTrouble(created, question),
      // destroy, not close: the unsaved-changes question would wait for a page that is gone.
      quit: () => created.destroy(),
      now: () => new Date(),
    })
    // The page's <title> must not overwrite the file name we show.
    window.on('page-title-updated', (event) => event.preventDefault())
    window.on('close', (event) => {
      if (!documentState.dirty || window === null) return
      event.preventDefault()
      const current = window
      // The pending autosave is stored before asking: whatever the answer, or if the machine goes down with
      // the question open, the draft on disk holds the last keystroke.
      void flushBeforeClose
        .request()
        .then(() => askCloseWithUnsavedChanges(current, documentState.name))
        .then((choice) => {
          if (choice === 'discard') current.destroy()
          else if (choice === 'save') sendCommand('save')
        })
    })
    window.on('closed', () => {
      window = null
    })
  })

  app.on('window-all-closed', () => app.quit())
}

function printWindow(window: BrowserWindow | null): Promise<Result<null>> {
  if (window === null) return Promise.resolve(ok(null))
  return new Promise((resolve) => {
    window.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
      if (success || reason === 'cancelled') resolve(ok(null))
      else resolve(err(appError('print-failed', `打印失败：${reason}。请检查打印机是否连接。`)))
    })
  })
}

function printWindowToPdf(window: BrowserWindow | null): Promise<Result<Uint8Array>> {
  if (window === null) return Promise.resolve(err(appError('no-window', '窗口已关闭，未导出 PDF。')))
  // A4 without printer margins: the preview's sheets carry GB/T 9704's margins themselves (@page margin 0).
  return window.webContents
    .printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      margins: { marginType: 'none', top: 0, bottom: 0, left: 0, right: 0 },
    })
    .then(
      (buffer) => ok(new Uint8Array(buffer)),
      () => err(appError('pdf-failed', '生成 PDF 失败，请关闭打印预览后重新打开再试。')),
    )
}

// A second launch (e.g. double-clicking another .fznb) hands its arguments to the running app and exits.
if (app.requestSingleInstanceLock()) start()
else app.quit()
