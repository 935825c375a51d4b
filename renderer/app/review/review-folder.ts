// The app's 审阅模式 reviews exactly as `npm run cli -- review DIR` does: the same per-file review
// (renderer/docx/review/review-document.ts) over the files the Bridge read from the chosen folder.
import type { FolderContents } from '../../bridge/bridge'
import type { FileKind } from '../../core/file-kind'
import { unreadableRow, type ReviewRow } from '../../core/review/review-row'
import { reviewSummary, type ReviewSummary } from '../../core/review/review-summary'
import { localIsoDate } from '../../core/local-date'
import type { Template } from '../../core/template-schema'
import { reviewDocument } from '../../docx/review/review-document'

function kindFromName(name: string): FileKind | null {
  const lower = name.toLowerCase()
  return lower.endsWith('.docx')
    ? 'docx'
    : lower.endsWith('.fznb')
      ? 'report'
      : lower.endsWith('.txt')
        ? 'text'
        : null
}

export async function reviewFolderContents(
  folder: FolderContents,
  template: Template,
): Promise<ReviewSummary> {
  const rows: ReviewRow[] = []
  const today = localIsoDate(new Date())
  for (const file of folder.files) {
    if (file.bytes === null || file.error !== null)
      rows.push(
        unreadableRow(
          file.path,
          kindFromName(file.path),
          // The Bridge gives bytes or an error; should it give neither, the row still says what happened.
          file.error ?? {
            code: 'unreadable',
            message: '无法读取（没有读到文件内容，请重新选择文件夹再试）',
          },
          null,
        ),
      )
    else rows.push(await reviewDocument(file.path, file.bytes, template, { today }))
  }
  return reviewSummary(folder.name, template.id, rows)
}
