// 审阅模式 in the desktop app: every report in the chosen folder, read with the same checks as any
// opened file (size, the capped zip reader), so one bad file becomes a row that says why and never stops the batch.
import { basename, relative, sep } from 'node:path'
import type { FolderContents, FolderFile } from '../../renderer/bridge/bridge'
import { maxReviewedFiles } from '../../renderer/core/review/reviewed-file'
import { readInput } from '../io/read-input'
import { walkFolder } from '../io/walk-folder'

export async function readFolder(folder: string): Promise<FolderContents> {
  const paths = (await walkFolder(folder)).slice(0, maxReviewedFiles)
  const files: FolderFile[] = []
  for (const path of paths) {
    const input = await readInput(path)
    const relativePath = relative(folder, path).split(sep).join('/')
    files.push(
      input.ok
        ? { path: relativePath, bytes: input.value.bytes, error: null }
        : { path: relativePath, bytes: null, error: input.error },
    )
  }
  return { name: basename(folder), files }
}
