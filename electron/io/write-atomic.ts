// Never a half-written file: write a temp file in the same folder, fsync it, keep the old version as
// `<name>.bak`, then rename over the target. rename() within one folder is atomic on NTFS and ext4, so
// after a crash or power cut the target is either the complete old or the complete new file.
import { randomBytes } from 'node:crypto'
import { copyFile, open, rename, rm } from 'node:fs/promises'
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
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (cause) {
    await handle.close()
    await rm(temp, { force: true })
    throw cause
  }
  await handle.close()
  try {
    if (options.keepBackup === true) await backUp(target)
    await rename(temp, target)
  } catch (cause) {
    await rm(temp, { force: true })
    throw cause
  }
  await syncFolder(folder)
}

async function backUp(target: string): Promise<void> {
  try {
    await copyFile(target, `${target}.bak`)
  } catch (cause) {
    // No previous version yet: nothing to keep.
    if ((cause as { code?: unknown }).code !== 'ENOENT') throw cause
  }
}

/** Makes the rename itself durable; Windows cannot open folders for fsync and needs no such step. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
