// `npm start`: the desktop app when Electron is there or can be fetched, else the same app in browser mode.
// npm install never downloads Electron (.npmrc ignore-scripts), so a network without GitHub installs
// cleanly; the download happens here, bounded by a short probe, and honours ELECTRON_MIRROR.
// Every way out is one Chinese line: a clerk following the README must never meet a stack trace.
import { resolve } from 'node:path'
import { findElectronBinary, readElectronPackage, type ElectronPackage } from './electron-binary'
import { fetchElectron } from './fetch-electron'
import { desktopUnavailableMessage, type DesktopUnavailable } from './launcher-messages'
import { buildDesktop, runDesktop } from './run-desktop'
import { serveBrowserMode } from './serve-browser-mode'

const root = resolve(import.meta.dirname, '../..')
const env = process.env
const platform = process.platform
const log = (line: string): void => console.log(line)

function hasDisplay(): boolean {
  if (platform !== 'linux') return true
  return (env['DISPLAY'] ?? '') !== '' || (env['WAYLAND_DISPLAY'] ?? '') !== ''
}

async function electronBinary(electron: ElectronPackage): Promise<string | DesktopUnavailable> {
  const present = findElectronBinary(electron, env, platform)
  if (present !== null) return present
  log('首次启动桌面版，正在获取 Electron 运行环境……')
  const fetched = await fetchElectron(electron, {
    env,
    platform,
    arch: process.arch,
    probeTimeoutMs: 8_000,
    downloadTimeoutMs: 10 * 60_000,
    log,
  })
  if (!fetched.ok)
    return {
      kind: fetched.error.mirrored ? 'mirror-failed' : 'download-failed',
      reason: fetched.error.reason,
    }
  return (
    findElectronBinary(electron, env, platform) ?? {
      kind: 'failed-to-start',
      reason: '下载后仍找不到 Electron 程序',
    }
  )
}

/** Runs the desktop app to its end (its exit code), or says why it cannot. */
async function desktop(): Promise<number | DesktopUnavailable> {
  const electron = readElectronPackage(root)
  if (electron === null) return { kind: 'not-installed' }
  if (!hasDisplay()) return { kind: 'no-display' }
  const binary = await electronBinary(electron)
  if (typeof binary !== 'string') return binary
  await buildDesktop(root, log)
  const run = await runDesktop(root, binary, { env, startupMs: 15_000 })
  return run.kind === 'ended' ? run.code : { kind: 'failed-to-start', reason: run.reason }
}

async function browserMode(): Promise<void> {
  const server = await serveBrowserMode(root, { env, platform, port: 4173, log })
  const stop = (): void => {
    void server.close().finally(() => {
      log('法治年报已停止。')
      process.exit(0)
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

async function launch(): Promise<void> {
  const outcome = await desktop()
  if (typeof outcome === 'number') {
    process.exitCode = outcome
    return
  }
  log(desktopUnavailableMessage(outcome, platform))
  await browserMode()
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split(/\r?\n/)[0]?.slice(0, 200) ?? ''
}

launch().catch((error: unknown) => {
  console.error(
    `法治年报未能启动：${firstLine(error)}。请确认已在本文件夹运行过 npm install；仍有问题请把这一行发给技术支持。`,
  )
  process.exit(1)
})
