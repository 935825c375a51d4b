// A folder → the review summary: every report in it, one after the other (two cores, and .docx import
// is CPU-bound, so running files in parallel would not finish sooner). An entry that cannot be read
// (walk-folder.ts) is a row of its own; only an unreadable top folder stops the review (it throws).
import { reviewSummary, type ReviewSummary } from '../../../renderer/core/review/review-summary'
import { unreadableRow, type ReviewRow } from '../../../renderer/core/review/review-row'
import type { Template } from '../../../renderer/core/template-schema'
import { nodeFileSystem, type FileSystem } from '../../io/file-system'
import { walkFolder } from '../../io/walk-folder'
import { reviewedName, reviewFile } from './review-file'

export async function reviewFolder(
  folder: string,
  template: Template,
  fs: FileSystem = nodeFileSystem,
): Promise<ReviewSummary> {
  const rows: ReviewRow[] = []
  for (const entry of await walkFolder(folder, fs))
    rows.push(
      entry.problem === null
        ? await reviewFile(folder, entry.path, template, fs)
        : unreadableRow(reviewedName(folder, entry.path), null, entry.problem, null),
    )
  return reviewSummary(folder, template.id, rows)
}
