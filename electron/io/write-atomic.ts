// Never a half-written file: write a temp file in the same folder, fsync it, keep the old version as
// `<name>.bak`, then rename over the target. rename() within one folder is atomic on NTFS and ext4, so
// after a crash or power cut the target is either the complete old or the complete new file.
// tests/electron/io/write-atomic-kill.test.ts SIGKILLs a saving process 100+ times to hold us to it.
import { copyFile, open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { escapeRegExp } from '../../renderer/core/term-matcher'

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
  await removeOrphanedTemps(folder, target)
  const temp = await tempPath(target)
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
 * File systems limit a name, not a path: 255 bytes on ext4 (and on NTFS 255 UTF-16 units, which a
 * UTF-8 byte count never undercounts). A Chinese character is 3 bytes in UTF-8, so an 80-character
 * title already fills most of it, and the temp suffix below must not push it over.
 */
const maxNameBytes = 255
const encoder = new TextEncoder()

function byteLength(text: string): number {
  return encoder.encode(text).byteLength
}

/** The longest start of `name` within `bytes` UTF-8 bytes, cut between characters (code points). */
function truncateToBytes(name: string, bytes: number): string {
  let kept = ''
  let used = 0
  for (const char of name) {
    const size = byteLength(char)
    if (used + size > bytes) break
    kept += char
    used += size
  }
  return kept
}

/** `.<pid>.<12 hex>.tmp` after the name: at most 1 + 10 + 1 + 12 + 4 bytes. */
const tempSuffixBytes = 28

/**
 * The start of the target's name that leaves room for the temp suffix (and the leading dot). A cut
 * name stays unique through the pid and random part; only the orphan clean-up reads the prefix.
 */
function tempPrefix(name: string): string {
  return truncateToBytes(name, maxNameBytes - 1 - tempSuffixBytes)
}

/**
 * `.<name>.<pid>.<random>.tmp`: hidden, next to the target (rename must not cross file systems), and
 * naming its writer, so a later save can tell a temp left by a killed process from one being written.
 * A long name is cut (in bytes) so the temp name stays within the file system's limit. node:crypto is loaded
 * here, on the first save, not when the CLI starts: a `check` never writes and need not pay for it.
 */
async function tempPath(target: string): Promise<string> {
  const { randomBytes } = await import('node:crypto')
  const prefix = tempPrefix(basename(target))
  return join(dirname(target), `.${prefix}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
}

/**
 * `<name>.bak`, next to the target. When the name is so long that `.bak` would pass the limit, the name
 * is cut before `.bak` instead: a backup with a shortened name beats a save that fails.
 */
export function backupPath(target: string): string {
  const name = basename(target)
  const backup = byteLength(`${name}.bak`) <= maxNameBytes ? name : truncateToBytes(name, maxNameBytes - 4)
  return join(dirname(target), `${backup}.bak`)
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
  const backup = backupPath(target)
  const temp = await tempPath(backup)
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
async function removeOrphanedTemps(folder: string, target: string): Promise<void> {
  let entries: string[]
  try {
    entries = await readdir(folder)
  } catch {
    return
  }
  const prefixes = [basename(target), basename(backupPath(target))].map((name) =>
    escapeRegExp(tempPrefix(name)),
  )
  const pattern = new RegExp(`^\\.(?:${prefixes.join('|')})\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`)
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
