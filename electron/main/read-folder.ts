// 审阅模式 in the desktop app: every report in the chosen folder, read with the same checks as any
// opened file (size, the capped zip reader), so one bad file becomes a row that says why and never stops the batch;
// so does an entry the walk cannot read (walk-folder.ts: no permission, a link to nothing, a pipe).
import { basename, relative, sep } from 'node:path'
import type { FolderContents, FolderFile } from '../../renderer/bridge/bridge'
import { maxReviewedFiles } from '../../renderer/core/review/reviewed-file'
import { readInput } from '../io/read-input'
import { walkFolder } from '../io/walk-folder'

export async function readFolder(folder: string): Promise<FolderContents> {
  const entries = (await walkFolder(folder)).slice(0, maxReviewedFiles)
  const files: FolderFile[] = []
  for (const { path, problem } of entries) {
    const relativePath = relative(folder, path).split(sep).join('/')
    if (problem !== null) {
      files.push({ path: relativePath, bytes: null, error: problem })
      continue
    }
    const input = await readInput(path)
    files.push(
      input.ok
        ? { path: relativePath, bytes: input.value.bytes, error: null }
        : { path: relativePath, bytes: null, error: input.error },
    )
  }
  return { name: basename(folder), files }
}
