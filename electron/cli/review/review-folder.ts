// A folder → the review summary: every report in it, reviewed one after the other while the next few are read
// from disk (the review itself is CPU-bound; waiting on each read in turn left the CPU idle a sixth of the time).
// An entry that cannot be read (walk-folder.ts) is a row of its own; only an unreadable top folder stops the
// review (it throws).
import { reviewSummary, type ReviewSummary } from '../../../renderer/core/review/review-summary'
import { unreadableRow, type ReviewRow } from '../../../renderer/core/review/review-row'
import type { Template } from '../../../renderer/core/template-schema'
import { nodeFileSystem, type FileSystem } from '../../io/file-system'
import { walkFolder } from '../../io/walk-folder'
import { readInput } from '../../io/read-input'
import { reviewedName, reviewInput, type ReviewInput } from './review-file'

/** Files read ahead of the one under review: enough to hide a disk's latency, few enough to hold in memory. */
const READ_AHEAD = 4

export async function reviewFolder(
  folder: string,
  template: Template,
  fs: FileSystem = nodeFileSystem,
): Promise<ReviewSummary> {
  const entries = await walkFolder(folder, fs)
  const reads = new Map<number, Promise<ReviewInput>>()
  const readAhead = (from: number): void => {
    for (let index = from; index < Math.min(entries.length, from + READ_AHEAD); index += 1) {
      const entry = entries[index]!
      if (entry.problem !== null || reads.has(index)) continue
      const read = readInput(entry.path, fs)
      // awaited in its turn below; until then a failure must not count as unhandled
      read.catch(() => undefined)
      reads.set(index, read)
    }
  }
  const rows: ReviewRow[] = []
  for (const [index, entry] of entries.entries()) {
    if (entry.problem !== null) {
      rows.push(unreadableRow(reviewedName(folder, entry.path), null, entry.problem, null))
      continue
    }
    readAhead(index)
    const read = reads.get(index) ?? readInput(entry.path, fs)
    reads.delete(index)
    rows.push(await reviewInput(folder, entry.path, await read, template))
  }
  return reviewSummary(folder, template.id, rows)
}
