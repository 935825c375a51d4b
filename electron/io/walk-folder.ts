// The reports in a folder, recursively (isReviewedFile decides what is a report), sorted by path.
// Hidden folders are skipped. Whatever cannot be read becomes an entry with its reason instead of
// ending the walk: a subfolder without permission, a link to nothing, a folder named 报告.docx, a
// pipe or device named like a report. A pipe is never opened (reading it would wait forever).
// Symbolic links are followed, but each real folder is walked once (and never deeper than
// maxDepth, for file systems without inode numbers), so a link back up the tree cannot loop.
import { join } from 'node:path'
import type { AppError } from '../../renderer/core/result'
import { isReviewedFile } from '../../renderer/core/review/reviewed-file'
import { nodeFileSystem, type FileSystem } from './file-system'
import { unreadableEntry } from './unreadable-entry'

/** Far deeper than any county's folders; only a link loop the inode check cannot see gets here. */
const maxDepth = 32

export interface WalkedEntry {
  readonly path: string
  /** null for a file to read; the reason for an entry that cannot be read. */
  readonly problem: AppError | null
}

/** Throws only when `folder` itself cannot be listed; every failure below it is an entry. */
export async function walkFolder(folder: string, fs: FileSystem = nodeFileSystem): Promise<WalkedEntry[]> {
  const found: WalkedEntry[] = []
  const walked = new Set<string>()
  const root = await fs.stat(folder)
  walked.add(folderId(root))
  await walkInto(folder, await fs.readdir(folder), { fs, walked, found, depth: 0 })
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

interface Walk {
  readonly fs: FileSystem
  /** Real folders already walked, by device and inode. */
  readonly walked: Set<string>
  readonly found: WalkedEntry[]
  readonly depth: number
}

/** Windows on FAT has no inode numbers (0): such folders are not deduplicated, only depth-limited. */
function folderId(info: { dev: number; ino: number }): string {
  return info.ino === 0 ? '' : `${String(info.dev)}:${String(info.ino)}`
}

type Entry = { name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }

async function walkInto(folder: string, entries: readonly Entry[], walk: Walk): Promise<void> {
  const { fs, found } = walk
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(folder, entry.name)
    const report = isReviewedFile(entry.name)
    let isFolder = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      try {
        const target = await fs.stat(path)
        isFolder = target.isDirectory()
        isFile = target.isFile()
      } catch {
        if (report) found.push({ path, problem: unreadableEntry('dangling-link') })
        continue
      }
    }
    if (isFolder) {
      if (report) found.push({ path, problem: unreadableEntry('folder-not-file') })
      await walkSubfolder(path, walk)
    } else if (report) {
      found.push({ path, problem: isFile ? null : unreadableEntry('special-file') })
    }
  }
}

async function walkSubfolder(folder: string, walk: Walk): Promise<void> {
  if (walk.depth >= maxDepth) return
  let entries: Entry[]
  try {
    const id = folderId(await walk.fs.stat(folder))
    if (id !== '' && walk.walked.has(id)) return
    if (id !== '') walk.walked.add(id)
    entries = await walk.fs.readdir(folder)
  } catch (cause) {
    walk.found.push({ path: folder, problem: unreadableEntry('folder-unreadable', cause) })
    return
  }
  await walkInto(folder, entries, { ...walk, depth: walk.depth + 1 })
}
