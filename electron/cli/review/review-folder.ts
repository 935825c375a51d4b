// A folder → the review summary: every report in it, on every core where the folder is large enough and the CLI
// can start worker threads (review-workers.ts), else one after the other while the next few are read from disk
// (the review itself is CPU-bound; waiting on each read in turn left the CPU idle a sixth of the time).
// An entry that cannot be read (walk-folder.ts) is a row of its own; only an unreadable top folder stops the
// review (it throws).
import { reviewSummary, type ReviewSummary } from '../../../renderer/core/review/review-summary'
import { unreadableRow, type ReviewRow } from '../../../renderer/core/review/review-row'
import type { Template } from '../../../renderer/core/template-schema'
import { nodeFileSystem, type FileSystem } from '../../io/file-system'
import { walkFolder } from '../../io/walk-folder'
import { readInput } from '../../io/read-input'
import { reviewedName, reviewFile, reviewInput, type ReviewInput } from './review-file'
import { reviewInParallel, type StartReviewWorker, workersFor } from './review-workers'

/** Files read ahead of the one under review: enough to hide a disk's latency, few enough to hold in memory. */
const READ_AHEAD = 4

/** The files `paths`, reviewed one after the other while the next few are read. */
async function reviewInTurn(
  folder: string,
  paths: readonly string[],
  template: Template,
  fs: FileSystem,
): Promise<ReviewRow[]> {
  const reads = new Map<number, Promise<ReviewInput>>()
  const readAhead = (from: number): void => {
    for (let index = from; index < Math.min(paths.length, from + READ_AHEAD); index += 1) {
      if (reads.has(index)) continue
      const read = readInput(paths[index]!, fs)
      // awaited in its turn below; until then a failure must not count as unhandled
      read.catch(() => undefined)
      reads.set(index, read)
    }
  }
  const rows: ReviewRow[] = []
  for (const [index, path] of paths.entries()) {
    readAhead(index)
    const read = reads.get(index) ?? readInput(path, fs)
    reads.delete(index)
    rows.push(await reviewInput(folder, path, await read, template))
  }
  return rows
}

/** Worker threads for a large folder (review-workers.ts): how to start one, and the cores to count on. */
export interface ReviewParallelism {
  readonly start?: StartReviewWorker
  readonly cores?: number
  /** Hears of a worker that failed: its files are reviewed on the main thread. */
  readonly onFailure?: (error: Error) => void
}

export async function reviewFolder(
  folder: string,
  template: Template,
  fs: FileSystem = nodeFileSystem,
  parallelism: ReviewParallelism = {},
): Promise<ReviewSummary> {
  const entries = await walkFolder(folder, fs)
  const paths = entries.flatMap((entry) => (entry.problem === null ? [entry.path] : []))
  // a worker reads the disk itself: a file system standing in for it (the tests') stays on the main thread
  const { start } = parallelism
  const workers =
    start === undefined || fs !== nodeFileSystem ? 0 : workersFor(paths.length, parallelism.cores)
  const reviewed =
    start !== undefined && workers > 0
      ? await reviewInParallel(
          paths,
          { folder, template },
          start,
          workers,
          (path) => reviewFile(folder, path, template, fs),
          parallelism.onFailure,
        )
      : await reviewInTurn(folder, paths, template, fs)
  let next = 0
  const rows = entries.map((entry): ReviewRow =>
    entry.problem === null
      ? reviewed[next++]!
      : unreadableRow(reviewedName(folder, entry.path), null, entry.problem, null),
  )
  return reviewSummary(folder, template.id, rows)
}
