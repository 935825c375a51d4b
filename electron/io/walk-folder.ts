// The reports in a folder, recursively (isReviewedFile decides what is a report), sorted by path.
// Hidden folders are skipped.
// Symbolic links are not followed, so a link back up the tree cannot loop.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { isReviewedFile } from '../../renderer/core/review/reviewed-file'

export async function walkFolder(folder: string): Promise<string[]> {
  const found: string[] = []
  const entries = await readdir(folder, { withFileTypes: true })
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(...(await walkFolder(path)))
    else if (entry.isFile() && isReviewedFile(entry.name)) found.push(path)
  }
  return found.sort()
}
