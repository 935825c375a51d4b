// The window is created isolated and sandboxed; pages cannot open windows or reach Node.
import { describe, expect, it, vi } from 'vitest'

const created: { options: Record<string, unknown>; openHandler?: () => unknown }[] = []

vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = {
      setWindowOpenHandler: (handler: () => unknown) => {
        created.at(-1)!.openHandler = handler
      },
    }
    constructor(options: Record<string, unknown>) {
      created.push({ options })
    }
    once(): void {}
    loadFile(): Promise<void> {
      return Promise.resolve()
    }
    loadURL(): Promise<void> {
      return Promise.resolve()
    }
  },
}))

describe('createWindow', () => {
  it('turns on every isolation setting and denies new windows', async () => {
    const { createWindow } = await import('../../electron/main/create-window')
    createWindow(undefined)
    const { options, openHandler } = created[0]!
    const prefs = options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/)
    expect(openHandler?.()).toEqual({ action: 'deny' })
  })
})
