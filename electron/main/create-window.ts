// The one window. Electron's security checklist, the parts that apply: isolated, sandboxed preload,
// no Node in the page, no navigation away from our page, no new windows.
import { join } from 'node:path'
import { BrowserWindow } from 'electron'

export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
} as const

export function createWindow(devUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '法治年报',
    backgroundColor: '#e9ecef',
    webPreferences: {
      ...secureWebPreferences,
      preload: join(import.meta.dirname, '../preload/index.cjs'),
    },
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  if (devUrl !== undefined) void window.loadURL(devUrl)
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'))
  return window
}
