// The one window. Electron's security checklist, the parts that apply: isolated, sandboxed preload,
// no Node in the page, no navigation away from our page, no new windows.
import { join } from 'node:path'
import { BrowserWindow } from 'electron'

/** The built renderer (out/renderer; inside app.asar when packaged): the only files the window trusts. */
export const rendererDir = join(import.meta.dirname, '../renderer')

export function createWindow(devUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '法治年报',
    backgroundColor: '#e9ecef',
    // Written out here, not spread from a shared constant: electronegativity (npm test) reads the
    // literal options of `new BrowserWindow` and cannot see through a spread.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click on a link would otherwise open it in a new window, bypassing will-navigate.
      disableBlinkFeatures: 'Auxclick',
      // The preload exposes only the named Bridge functions through contextBridge (electron/preload).
      preload: join(import.meta.dirname, '../preload/index.cjs'),
    },
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  if (devUrl !== undefined) void window.loadURL(devUrl)
  else void window.loadFile(join(rendererDir, 'index.html'))
  return window
}
