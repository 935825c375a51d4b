// One file of the reviewed folder → one ReviewRow: the same input checks as every other command
// (size, the capped zip reader), then the review shared with the app (renderer/docx/review/review-document.ts).
// A file that cannot be read at all (no permission, removed meanwhile) is a row “无法读取（原因）”.
import { basename, relative, sep } from 'node:path'
import type { FileKind } from '../../../renderer/core/file-kind'
import { localIsoDate } from '../../../renderer/core/local-date'
import type { AppError } from '../../../renderer/core/result'
import { unreadableRow, type ReviewRow } from '../../../renderer/core/review/review-row'
import type { Template } from '../../../renderer/core/template-schema'
import { reviewDocument } from '../../../renderer/docx/review/review-document'
import { nodeFileSystem, type FileSystem } from '../../io/file-system'
import { readInput } from '../../io/read-input'
import { unreadableEntry } from '../../io/unreadable-entry'

function kindFromName(name: string): FileKind | null {
  const lower = name.toLowerCase()
  if (lower.endsWith('.docx')) return 'docx'
  if (lower.endsWith('.fznb')) return 'report'
  if (lower.endsWith('.txt')) return 'text'
  return null
}

/** readInput's file-system failures, told as a review row; what it says about the content stays. */
function asUnreadable(error: AppError): AppError {
  switch (error.code) {
    case 'not-found':
      return unreadableEntry('file-unreadable', { code: 'ENOENT' })
    case 'no-access':
      return unreadableEntry('file-unreadable', { code: 'EACCES' })
    case 'file-busy':
      return unreadableEntry('file-unreadable', { code: 'EBUSY' })
    case 'not-a-file':
      return unreadableEntry('special-file')
    case 'read-failed':
      return unreadableEntry('file-unreadable')
    default:
      return error
  }
}

export function reviewedName(folder: string, path: string): string {
  return relative(folder, path).split(sep).join('/')
}

export type ReviewInput = Awaited<ReturnType<typeof readInput>>

/**
 * A file read by readInput (the same input checks as every other command: size, the capped zip reader) → its
 * row, through the review shared with the app.
 */
export function reviewInput(
  folder: string,
  path: string,
  input: ReviewInput,
  template: Template,
): Promise<ReviewRow> {
  const file = reviewedName(folder, path)
  if (!input.ok)
    return Promise.resolve(unreadableRow(file, kindFromName(basename(path)), asUnreadable(input.error), null))
  return reviewDocument(file, input.value.bytes, template, { today: localIsoDate(new Date()) })
}

export async function reviewFile(
  folder: string,
  path: string,
  template: Template,
  fs: FileSystem = nodeFileSystem,
): Promise<ReviewRow> {
  return reviewInput(folder, path, await readInput(path, fs), template)
}
