// A folder → the review summary: every report in it, one after the other (two cores, and .docx import
// is CPU-bound, so running files in parallel would not finish sooner).
import { reviewSummary, type ReviewSummary } from '../../../renderer/core/review/review-summary'
import type { ReviewRow } from '../../../renderer/core/review/review-row'
import type { Template } from '../../../renderer/core/template-schema'
import { reviewFile } from './review-file'
import { walkFolder } from '../../io/walk-folder'

export async function reviewFolder(folder: string, template: Template): Promise<ReviewSummary> {
  const rows: ReviewRow[] = []
  for (const path of await walkFolder(folder)) rows.push(await reviewFile(folder, path, template))
  return reviewSummary(folder, template.id, rows)
}
