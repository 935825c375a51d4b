// Wires renderer-trouble.ts to the window: on render-process-gone or unresponsive, log a line to a
// file in userData, ask in Chinese, then reload (the page restores the autosaved draft), wait or quit.
// One question at a time: a hung page fires `unresponsive` again while the first dialog is open.
import { appendFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  repeatWindowMs,
  troubleAction,
  troubleDialog,
  troubleLogLine,
  type RendererTrouble,
  type TroubleDialog,
} from './renderer-trouble'

/** The parts of a BrowserWindow this needs; tests pass a fake. */
export interface WatchedWindow {
  on(event: 'unresponsive', listener: () => void): unknown
  readonly webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: { reason: string; exitCode: number }) => void,
    ): unknown
    reload(): void
  }
}

export interface WatchRendererHost {
  readonly logFile: string
  ask(dialog: TroubleDialog): Promise<number>
  quit(): void
  now(): Date
}

export function watchRenderer(window: WatchedWindow, host: WatchRendererHost): void {
  let asking = false
  const deaths: number[] = []
  const handle = async (trouble: RendererTrouble): Promise<void> => {
    const now = host.now()
    // A log that cannot be written must not stop the clerk from getting the page back.
    await mkdir(dirname(host.logFile), { recursive: true })
      .then(() => appendFile(host.logFile, troubleLogLine(trouble, now.toISOString())))
      .catch(() => undefined)
    if (trouble.kind === 'gone') {
      deaths.push(now.getTime())
      while (deaths.length > 0 && (deaths[0] ?? 0) < now.getTime() - repeatWindowMs) deaths.shift()
    }
    const dialog = troubleDialog(trouble, deaths.length)
    if (dialog === null || asking) return
    asking = true
    try {
      const action = troubleAction(trouble, await host.ask(dialog))
      if (action === 'reload') window.webContents.reload()
      else if (action === 'quit') host.quit()
    } finally {
      asking = false
    }
  }
  window.webContents.on('render-process-gone', (_event, details) => {
    void handle({ kind: 'gone', reason: details.reason, exitCode: details.exitCode })
  })
  window.on('unresponsive', () => void handle({ kind: 'unresponsive' }))
}
