// Saves that fail: disk full, read-only folder, no permission, file locked by Word, folder gone. Each
// gives the Chinese sentence from describe-write-error.ts, leaves the target and its .bak exactly as they
// were and no temp behind. Errors are injected into node:fs/promises (the code under test is unchanged);
// disk full is also produced for real on a tiny tmpfs where mounting is allowed. Root ignores folder modes, so
// running as root the real read-only-folder case saves as the user nobody, in a child process.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as FsPromises from 'node:fs/promises'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { describeWriteError } from '../../../electron/io/describe-write-error'
import { writeFileAtomic } from '../../../electron/io/write-atomic'
import { bundleChildScript } from './child-script'

type Operation = 'open' | 'write' | 'copyFile' | 'rename'
const fault = vi.hoisted(() => ({ next: null as { operation: string; code: string } | null }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>()
  const take = (operation: Operation): Error | null => {
    if (fault.next?.operation !== operation) return null
    const error = Object.assign(new Error(`${fault.next.code}: injected`), { code: fault.next.code })
    fault.next = null
    return error
  }
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const failure = take('open')
      if (failure !== null) throw failure
      const handle = await real.open(...args)
      if (args[1] !== 'wx' || fault.next?.operation !== 'write') return handle
      // A disk that fills up half-way: the first half lands in the temp file, then ENOSPC.
      return new Proxy(handle, {
        get(target, property) {
          if (property === 'writeFile')
            return async (data: string | Uint8Array) => {
              await target.writeFile(data.slice(0, Math.floor(data.length / 2)))
              throw take('write')!
            }
          const value: unknown = Reflect.get(target, property)
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
        },
      })
    },
    copyFile: async (...args: Parameters<typeof real.copyFile>) => {
      const failure = take('copyFile')
      if (failure !== null) throw failure
      return real.copyFile(...args)
    },
    rename: async (...args: Parameters<typeof real.rename>) => {
      const failure = take('rename')
      if (failure !== null) throw failure
      return real.rename(...args)
    },
  }
})

const oldText = '{"format":"fazhi-nianbao-report","version":"旧版"}'
const newText = `{"format":"fazhi-nianbao-report","version":"新版","body":"${'法治'.repeat(50_000)}"}`
const tally = { injected: 0, real: 0 }

afterAll(() =>
  process.stdout.write(
    `[saving] faults: ${tally.injected} injected, ${tally.real} real; target and .bak intact every time\n`,
  ),
)

/** The user `nobody`, whom Debian and most Linux systems have. */
const NOBODY = 65534

/** Saves `target` as the user nobody, through save-once.ts bundled to a file that user can read. */
async function saveAsNobody(target: string): Promise<{ code: string | null; message: string | null }> {
  const scripts = mkdtempSync(join(tmpdir(), 'fznb-save-once-'))
  try {
    const script = join(scripts, 'save-once.mjs')
    await bundleChildScript('save-once.ts', script)
    chmodSync(scripts, 0o755)
    chmodSync(script, 0o644)
    const run = spawnSync(process.execPath, [script, target], { uid: NOBODY, gid: NOBODY, encoding: 'utf8' })
    if (run.error !== undefined) throw new Error(`could not run the save as nobody: ${run.error.message}`)
    expect(run.stderr).toBe('')
    return JSON.parse(run.stdout) as { code: string | null; message: string | null }
  } finally {
    rmSync(scripts, { recursive: true, force: true })
  }
}

async function expectRefusal(target: string, code: string, message: RegExp): Promise<void> {
  const failure: unknown = await writeFileAtomic(target, newText, { keepBackup: true }).then(
    () => null,
    (error: unknown) => error,
  )
  expect((failure as { code?: string } | null)?.code).toBe(code)
  const described = describeWriteError(target, failure)
  expect(described.message).toMatch(message)
  expect(described.message).not.toMatch(/Error|at .*\(|node:/)
}

describe('writeFileAtomic when the save cannot complete', () => {
  let folder: string
  let target: string

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'fznb-faults-'))
    target = join(folder, '清江镇2024年报告.fznb')
    writeFileSync(target, oldText)
    writeFileSync(`${target}.bak`, '上一版')
    fault.next = null
  })

  afterEach(() => {
    chmodSync(folder, 0o700)
    rmSync(folder, { recursive: true, force: true })
  })

  const expectUntouched = (): void => {
    expect(readFileSync(target, 'utf8')).toBe(oldText)
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('上一版')
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  }

  it.each([
    ['write', 'ENOSPC', /磁盘空间不足/],
    ['copyFile', 'ENOSPC', /磁盘空间不足/],
    ['open', 'EACCES', /没有权限写入/],
    ['open', 'EROFS', /没有权限写入/],
    ['rename', 'EROFS', /没有权限写入/],
    ['rename', 'EBUSY', /正被其他程序（如 Word、WPS）占用/],
    ['rename', 'EPERM', /没有权限写入/],
    ['write', 'EIO', /未能保存，请重试或“另存为”/],
  ] as const)('%s fails with %s: Chinese message, nothing overwritten', async (operation, code, message) => {
    fault.next = { operation, code }
    await expectRefusal(target, code, message)
    expect(fault.next).toBeNull()
    expectUntouched()
    tally.injected += 1
  })

  it('names the folder that vanished while the report was open (real)', async () => {
    rmSync(folder, { recursive: true })
    await expectRefusal(target, 'ENOENT', /文件夹已不存在/)
    mkdirSync(folder)
    tally.real += 1
  })

  it('recreates a report deleted while it was open (real): the text in the editor is the only copy', async () => {
    rmSync(target)
    await writeFileAtomic(target, newText, { keepBackup: true })
    expect(readFileSync(target, 'utf8')).toBe(newText)
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('上一版')
    tally.real += 1
  })

  it('refuses a read-only folder (real)', async () => {
    chmodSync(folder, 0o555)
    // root writes whatever a folder's mode says: then the save is made by an ordinary user, in a process of its own
    if (process.getuid?.() === 0) {
      const outcome = await saveAsNobody(target)
      expect(outcome.code).toBe('EACCES')
      expect(outcome.message).toMatch(/没有权限写入/)
    } else await expectRefusal(target, 'EACCES', /没有权限写入/)
    expectUntouched()
    tally.real += 1
  })
})

/** A 256 KB tmpfs, where the kernel itself says ENOSPC. Needs root (or CAP_SYS_ADMIN) in a container that allows mounts. */
function mountTinyDisk(point: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', point], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('writeFileAtomic on a full disk (real tmpfs)', () => {
  const point = mkdtempSync(join(tmpdir(), 'fznb-tinydisk-'))
  const mounted = mountTinyDisk(point)

  afterAll(() => {
    if (mounted) execFileSync('umount', [point])
    rmSync(point, { recursive: true, force: true })
    if (!mounted)
      process.stdout.write(
        '[saving] real ENOSPC: mounting a tmpfs is not allowed here; covered by injection only\n',
      )
  })

  it.runIf(mounted)('reports the full disk in Chinese and keeps the old report and its .bak', async () => {
    const target = join(point, '报告.fznb')
    writeFileSync(target, oldText)
    writeFileSync(`${target}.bak`, '上一版')
    const big = '法'.repeat(120_000) // 360 KB of UTF-8: more than the disk holds
    const failure: unknown = await writeFileAtomic(target, big, { keepBackup: true }).then(
      () => null,
      (error: unknown) => error,
    )
    expect((failure as { code?: string } | null)?.code).toBe('ENOSPC')
    expect(describeWriteError(target, failure).message).toMatch(/磁盘空间不足/)
    expect(readFileSync(target, 'utf8')).toBe(oldText)
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('上一版')
    expect(readdirSync(point).filter((name) => name.endsWith('.tmp'))).toEqual([])
    tally.real += 1
  })
})
