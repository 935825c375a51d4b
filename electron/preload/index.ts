// The only door between the page and main: named functions, each one IPC invoke. Raw ipcRenderer
// is never exposed, so the page cannot reach channels that are not part of the Bridge.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { Bridge, MenuCommand, OpenedFile } from '../../renderer/bridge/bridge'
import { channels } from '../../renderer/bridge/channels'

function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: T): void => listener(payload)
  ipcRenderer.on(channel, handler)
  return () => void ipcRenderer.removeListener(channel, handler)
}

export const bridge = {
  platform: 'electron',
  openFile: () => ipcRenderer.invoke(channels.openFile),
  openRecent: (path) => ipcRenderer.invoke(channels.openRecent, path),
  takeLaunchFile: () => ipcRenderer.invoke(channels.takeLaunchFile),
  saveReport: (request) => ipcRenderer.invoke(channels.saveReport, request),
  saveDocx: (request) => ipcRenderer.invoke(channels.saveDocx, request),
  listRecent: () => ipcRenderer.invoke(channels.listRecent),
  loadSettings: () => ipcRenderer.invoke(channels.loadSettings),
  saveSettings: (settings) => ipcRenderer.invoke(channels.saveSettings, settings),
  listAutosaves: () => ipcRenderer.invoke(channels.listAutosaves),
  loadAutosave: (id) => ipcRenderer.invoke(channels.loadAutosave, id),
  storeAutosave: (draft) => ipcRenderer.invoke(channels.storeAutosave, draft),
  clearAutosave: (id) => ipcRenderer.invoke(channels.clearAutosave, id),
  setDocumentState: (state) => ipcRenderer.invoke(channels.setDocumentState, state),
  print: () => ipcRenderer.invoke(channels.print),
  exportPdf: (request) => ipcRenderer.invoke(channels.exportPdf, request),
  openFolder: () => ipcRenderer.invoke(channels.openFolder),
  saveSummary: (request) => ipcRenderer.invoke(channels.saveSummary, request),
  onMenuCommand: (listener) => subscribe<MenuCommand>(channels.menuCommand, listener),
  onFileOpened: (listener) => subscribe<OpenedFile>(channels.fileOpened, listener),
  // Main waits for the answer before closing the window; answered even when the flush failed (it said so).
  onFlushRequest: (listener) =>
    subscribe<null>(channels.flushAutosave, () => {
      void listener()
        .catch(() => undefined)
        .then(() => ipcRenderer.invoke(channels.autosaveFlushed))
    }),
} satisfies Bridge

contextBridge.exposeInMainWorld('bridge', bridge)
