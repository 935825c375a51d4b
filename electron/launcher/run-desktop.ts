// The desktop app: build main, preload and renderer with electron-vite when the sources changed, then run
// the Electron binary on the project folder (package.json "main" names out/main/index.js).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfStale } from './build-if-stale'

export type DesktopRun =
  | { readonly kind: 'ended'; readonly code: number }
  /** Electron died while starting (missing system libraries, no display, a broken download). */
  | { readonly kind: 'failed-to-start'; readonly reason: string }

export interface DesktopOptions {
  readonly env: NodeJS.ProcessEnv
  /** An exit with an error this soon after launch is a failure to start, not the user closing the app. */
  readonly startupMs: number
}

export async function buildDesktop(root: string, log: (line: string) => void): Promise<void> {
  const { build } = await import('electron-vite')
  await buildIfStale(root, join(root, 'out', '.desktop-build'), async () => {
    log('正在构建桌面版（首次约需半分钟）……')
    await build({ configFile: join(root, 'electron.vite.config.ts'), logLevel: 'error' })
  })
}

export function runDesktop(root: string, binary: string, options: DesktopOptions): Promise<DesktopRun> {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(binary, [root], { cwd: root, env: options.env, stdio: 'inherit' })
    // Ctrl+C reaches Electron through the terminal too; an exit it causes is the user's, never a failure.
    let interrupted = false
    const forward = (signal: NodeJS.Signals): void => {
      interrupted = true
      child.kill(signal)
    }
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    const settle = (run: DesktopRun): void => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(run)
    }
    child.on('error', (error) => settle({ kind: 'failed-to-start', reason: error.message }))
    child.on('exit', (code, signal) => {
      const failed = (code ?? 1) !== 0 && !interrupted
      if (failed && Date.now() - started < options.startupMs)
        settle({ kind: 'failed-to-start', reason: `退出码 ${String(code ?? signal)}` })
      else settle({ kind: 'ended', code: code ?? 0 })
    })
  })
}
