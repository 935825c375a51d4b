// What electron/preload puts on window, stood in for in the page so browser tests can drive the desktop app's
// paths: settings, autosave and save. The save fails with main's own answer (a full disk), or is held until the
// test finishes it (typing while the file is written). The calls are logged for the test to read.
import type { Page } from 'playwright-core'
import type { Settings } from '../../renderer/core/settings'

export interface DesktopBridgeOptions {
  readonly settings: Settings
  /** What main answers to saveReport; null holds the save until the page's finishSave() is called. */
  readonly failure: { readonly code: string; readonly message: string } | null
}

/** Runs in the page before the app (page.addInitScript), so it must not reach outside its own body. */
export function installDesktopBridge({ settings, failure }: DesktopBridgeOptions): void {
  const calls: [string, string][] = []
  let finishSave: (() => void) | null = null
  const ok = (value: unknown): Promise<unknown> => Promise.resolve({ ok: true, value })
  const methods: Record<string, unknown> = {
    platform: 'electron',
    loadSettings: () => ok(settings),
    listRecent: () => ok([]),
    listAutosaves: () => ok([]),
    loadAutosave: () => ok(null),
    takeLaunchFile: () => ok(null),
    saveReport: (request: { content: string }) => {
      calls.push(['saveReport', request.content])
      if (failure !== null) return Promise.resolve({ ok: false, error: failure })
      return new Promise((resolve) => {
        finishSave = () =>
          resolve({ ok: true, value: { name: '清江镇报告.fznb', path: '/home/clerk/清江镇报告.fznb' } })
      })
    },
    storeAutosave: (draft: { content: string }) => {
      calls.push(['storeAutosave', draft.content])
      return ok(null)
    },
    clearAutosave: () => {
      calls.push(['clearAutosave', ''])
      return ok(null)
    },
    setDocumentState: (state: { name: string; dirty: boolean }) => {
      document.title = `${state.dirty ? '● ' : ''}${state.name}`
      return ok(null)
    },
    onMenuCommand: () => () => undefined,
    onFileOpened: () => () => undefined,
    onFlushRequest: () => () => undefined,
  }
  Object.assign(window, {
    bridgeCalls: calls,
    finishSave: () => finishSave?.(),
    // Methods a test does not exercise answer "done, nothing to report".
    bridge: new Proxy(methods, { get: (target, name: string) => target[name] ?? (() => ok(null)) }),
  })
}

/** The Bridge calls the page has made, in order: [method, content]. */
export function bridgeCalls(page: Page): Promise<[string, string][]> {
  return page.evaluate(() => (window as unknown as { bridgeCalls: [string, string][] }).bridgeCalls)
}

/** Lets a held save answer. */
export function finishSave(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { finishSave: () => void }).finishSave())
}
