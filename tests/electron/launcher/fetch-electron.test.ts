// The first-start download end to end: a loopback mirror serves an Electron zip and its SHASUMS256.txt,
// electron's own install.js (run by fetchElectron) downloads, checks and unpacks it into a copy of the
// electron package, and the launcher then finds the binary. The real node_modules/electron is untouched.
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { electronArtifact } from '../../../electron/launcher/electron-artifact'
import {
  electronExecutableName,
  findElectronBinary,
  readElectronPackage,
  type ElectronPackage,
} from '../../../electron/launcher/electron-binary'
import { fetchElectron, type FetchElectronOptions } from '../../../electron/launcher/fetch-electron'
import { closedPort, serveLocally, type LocalServer } from './local-server'

const projectRoot = join(import.meta.dirname, '../../..')
const installed = readElectronPackage(projectRoot)
if (installed === null) throw new Error('npm install has not installed the electron package')
const version = installed.version

let root: string
let electron: ElectronPackage
let mirror: LocalServer | undefined
let zip: Buffer

beforeAll(async () => {
  const archive = new JSZip()
  const executable = electronExecutableName(process.platform)
  archive.file(executable, '#!/bin/sh\necho stub electron\n', { unixPermissions: 0o755 })
  archive.file('version', version)
  zip = await archive.generateAsync({ type: 'nodebuffer', platform: 'UNIX' })
})

function freshPackage(): ElectronPackage {
  root = mkdtempSync(join(tmpdir(), 'fznb-fetch-'))
  const dir = join(root, 'node_modules', 'electron')
  mkdirSync(dir, { recursive: true })
  for (const file of ['package.json', 'install.js', 'checksums.json'])
    copyFileSync(join(installed!.dir, file), join(dir, file))
  const copy = readElectronPackage(root)
  if (copy === null) throw new Error('copy not readable')
  return copy
}

afterEach(async () => {
  await mirror?.close()
  mirror = undefined
  rmSync(root, { recursive: true, force: true })
})

function options(env: NodeJS.ProcessEnv, lines: string[] = []): FetchElectronOptions {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm_config_)?electron/i.test(key)),
  )
  return {
    env: {
      ...clean,
      // install.js requires @electron/get and extract-zip, which live in the project's node_modules.
      NODE_PATH: join(projectRoot, 'node_modules'),
      electron_config_cache: join(root, 'cache'),
      ...env,
    },
    platform: process.platform,
    arch: process.arch,
    probeTimeoutMs: 5_000,
    downloadTimeoutMs: 60_000,
    log: (line) => lines.push(line),
  }
}

async function serveRelease(sums: (fileName: string) => string): Promise<LocalServer> {
  const fileName = electronArtifact(version, process.platform, process.arch, {}).fileName
  return serveLocally((request, response) => {
    if (request.url === `/v${version}/${fileName}`) response.writeHead(200).end(zip)
    else if (request.url === `/v${version}/SHASUMS256.txt`) response.writeHead(200).end(sums(fileName))
    else response.writeHead(404).end()
  })
}

describe('fetchElectron', () => {
  it('downloads from the mirror, checks the sums, unpacks, and the launcher then finds the binary', async () => {
    electron = freshPackage()
    mirror = await serveRelease(
      (fileName) => `${createHash('sha256').update(zip).digest('hex')} *${fileName}\n`,
    )
    const lines: string[] = []
    const fetched = await fetchElectron(
      electron,
      options({ ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1' }, lines),
    )
    expect(fetched).toEqual({ ok: true, value: undefined })
    expect(lines.join('\n')).toContain(
      `正在下载 Electron 运行环境（约 100 MB，只需一次）：${mirror.url}v${version}/`,
    )
    const binary = findElectronBinary(electron, {}, process.platform)
    expect(binary).toBe(join(electron.dir, 'dist', electronExecutableName(process.platform)))
    expect(statSync(binary!).mode & 0o111).not.toBe(0)
    expect(readFileSync(join(electron.dir, 'path.txt'), 'utf8')).toBe(
      electronExecutableName(process.platform),
    )
  })

  it('reports a corrupt download in one line, without the stack install.js prints', async () => {
    electron = freshPackage()
    mirror = await serveRelease((fileName) => `${'0'.repeat(64)} *${fileName}\n`)
    const fetched = await fetchElectron(
      electron,
      options({ ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1' }),
    )
    expect(fetched.ok).toBe(false)
    if (fetched.ok) return
    expect(fetched.error.mirrored).toBe(true)
    expect(fetched.error.reason).not.toMatch(/\n|^\s*at /)
    expect(fetched.error.reason).toBe('下载的文件与校验值不符，可能下载不完整')
    expect(findElectronBinary(electron, {}, process.platform)).toBeNull()
  })

  it('does not start the download when the mirror cannot be reached', async () => {
    electron = freshPackage()
    const port = await closedPort()
    const fetched = await fetchElectron(
      electron,
      options({ ELECTRON_MIRROR: `http://127.0.0.1:${String(port)}/` }),
    )
    expect(fetched).toEqual({
      ok: false,
      error: { reason: `127.0.0.1:${String(port)} 拒绝连接`, mirrored: true },
    })
  })
})
