// Never a half-written file: write a temp file in the same folder, fsync it, keep the old version as
// `<name>.bak`, then rename over the target. rename() within one folder is atomic on NTFS and ext4, so
// after a crash or power cut the target is either the complete old or the complete new file.
// tests/electron/io/write-atomic-kill.test.ts SIGKILLs a saving process 100+ times to hold us to it.
import { randomBytes } from 'node:crypto'
import { copyFile, open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface WriteAtomicOptions {
  /** Keep the previous version next to the target as `<name>.bak` (reports: yes; autosave: no). */
  readonly keepBackup?: boolean
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: WriteAtomicOptions = {},
): Promise<void> {
  const folder = dirname(target)
  await removeOrphanedTemps(folder, basename(target))
  const temp = tempPath(target)
  await writeDurably(temp, data)
  try {
    if (options.keepBackup === true) await backUp(target)
    await renameReplacing(temp, target)
  } catch (cause) {
    await rm(temp, { force: true })
    throw cause
  }
  await syncFolder(folder)
}

/**
 * `.<name>.<pid>.<random>.tmp`: hidden, next to the target (rename must not cross file systems), and
 * naming its writer, so a later save can tell a temp left by a killed process from one being written.
 */
function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
}

async function writeDurably(path: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (cause) {
    await handle.close()
    await rm(path, { force: true })
    throw cause
  }
  await handle.close()
}

/** The backup is replaced atomically too: a crash while copying must not leave a torn `.bak`. */
async function backUp(target: string): Promise<void> {
  const backup = `${target}.bak`
  const temp = tempPath(backup)
  try {
    await copyFile(target, temp)
  } catch (cause) {
    // No previous version yet: nothing to keep.
    if ((cause as { code?: unknown }).code === 'ENOENT') return
    await rm(temp, { force: true })
    throw cause
  }
  try {
    const handle = await open(temp, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameReplacing(temp, backup)
  } catch (cause) {
    await rm(temp, { force: true })
    throw cause
  }
}

/**
 * Windows: an antivirus or the search indexer briefly holds a just-written file, and rename fails with
 * EPERM/EBUSY for a few milliseconds; a file really locked by Word still fails after the retries.
 */
async function renameReplacing(from: string, to: string): Promise<void> {
  const retries = process.platform === 'win32' ? 5 : 0
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to)
      return
    } catch (cause) {
      const code = (cause as { code?: unknown }).code
      if (attempt >= retries || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw cause
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)))
    }
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (cause) {
    // EPERM: the process exists but belongs to someone else.
    return (cause as { code?: unknown }).code === 'EPERM'
  }
}

/**
 * Temps of this file (and of its `.bak`) whose writer is gone were left by a crash or a kill: remove
 * them, so crashes do not pile up hidden files. A temp of a live writer is left alone. Best effort.
 */
async function removeOrphanedTemps(folder: string, name: string): Promise<void> {
  let entries: string[]
  try {
    entries = await readdir(folder)
  } catch {
    return
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`^\\.${escaped}(?:\\.bak)?\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`)
  for (const entry of entries) {
    const pid = pattern.exec(entry)?.[1]
    if (pid !== undefined && !isRunning(Number(pid)))
      await rm(join(folder, entry), { force: true }).catch(() => undefined)
  }
}

/**
 * Makes the rename itself durable. Windows cannot open folders for fsync and needs no such step; some
 * network and FUSE file systems refuse it (EINVAL/EISDIR). The new file is in place by then, so a
 * refusal here is not a failed save.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // See above: best effort.
  }
}
