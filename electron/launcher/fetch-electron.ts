// Fetch the Electron binary on first start, where `npm install` left it out (.npmrc ignore-scripts: on
// networks without GitHub its postinstall download failed and rolled the whole install back). The download
// itself is electron/install.js, run as a child, so checksums, unpacking and path.txt stay Electron's own.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { err, ok, type Result } from '../../renderer/core/result'
import type { ElectronPackage } from './electron-binary'
import { electronArtifact, isArtifactCached } from './electron-artifact'
import { probeDownload } from './probe-download'

export interface FetchElectronOptions {
  readonly env: NodeJS.ProcessEnv
  readonly platform: NodeJS.Platform
  readonly arch: string
  /** How long the download host may take to answer at all. */
  readonly probeTimeoutMs: number
  /** The whole download (about 100 MB); a mirror that answered but then stalls is given up after this. */
  readonly downloadTimeoutMs: number
  readonly log: (line: string) => void
}

export interface FetchFailure {
  readonly reason: string
  /** A mirror was set: the advice is then to check that mirror, not to set one. */
  readonly mirrored: boolean
}

/** The line install.js printed that says what went wrong (it prints a whole stack on failure). */
function firstErrorLine(output: string): string {
  const lines = output.split(/\r?\n/).filter((text) => text.trim() !== '' && !/^\s+at /.test(text))
  const line = (lines.find((text) => /error/i.test(text)) ?? lines[0] ?? '').trim()
  if (/checksum/i.test(line)) return '下载的文件与校验值不符，可能下载不完整'
  return line.replace(/^(\w*Error): /, '').slice(0, 160)
}

function runInstallScript(
  electron: ElectronPackage,
  options: FetchElectronOptions,
): Promise<Result<void, string>> {
  // A user's ELECTRON_SKIP_BINARY_DOWNLOAD would make install.js exit 0 having fetched nothing.
  const env = { ...options.env }
  delete env['ELECTRON_SKIP_BINARY_DOWNLOAD']
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electron.dir, 'install.js')], {
      cwd: electron.dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => {
      output = `下载超过 ${String(Math.round(options.downloadTimeoutMs / 60_000))} 分钟仍未完成`
      child.kill()
    }, options.downloadTimeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve(err(error.message))
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve(code === 0 ? ok(undefined) : err(firstErrorLine(output) || `下载程序退出码 ${String(code)}`))
    })
  })
}

export async function fetchElectron(
  electron: ElectronPackage,
  options: FetchElectronOptions,
): Promise<Result<void, FetchFailure>> {
  const artifact = electronArtifact(electron.version, options.platform, options.arch, options.env)
  const fail = (reason: string): Result<never, FetchFailure> => err({ reason, mirrored: artifact.mirrored })
  if (!isArtifactCached(artifact, options.env, options.platform)) {
    const reach = await probeDownload(artifact.url, options.probeTimeoutMs)
    if (!reach.ok) return fail(reach.error)
    options.log(`正在下载 Electron 运行环境（约 100 MB，只需一次）：${artifact.url}`)
  }
  const installed = await runInstallScript(electron, options)
  return installed.ok ? ok(undefined) : fail(installed.error)
}
