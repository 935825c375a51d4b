// One file of the reviewed folder → one ReviewRow: the same input checks as every other command
// (size, the capped zip reader), then the review shared with the app (renderer/docx/review/review-document.ts).
import { basename, relative, sep } from 'node:path'
import type { FileKind } from '../../../renderer/core/file-kind'
import { unreadableRow, type ReviewRow } from '../../../renderer/core/review/review-row'
import type { Template } from '../../../renderer/core/template-schema'
import { reviewDocument } from '../../../renderer/docx/review/review-document'
import { readInput } from '../../io/read-input'

function kindFromName(name: string): FileKind | null {
  const lower = name.toLowerCase()
  if (lower.endsWith('.docx')) return 'docx'
  if (lower.endsWith('.fznb')) return 'report'
  if (lower.endsWith('.txt')) return 'text'
  return null
}

export async function reviewFile(folder: string, path: string, template: Template): Promise<ReviewRow> {
  const file = relative(folder, path).split(sep).join('/')
  // The same input checks as every other command (size, the capped zip reader), then the shared review.
  const input = await readInput(path)
  if (!input.ok) return unreadableRow(file, kindFromName(basename(path)), input.error, null)
  return reviewDocument(file, input.value.bytes, template)
}
