// What prints where (GB/T 9704 §7.3.4, §8): the 正文; the 附件说明 under it, set with the 署名 (attachment-note.ts);
// and the attachments after the 署名, each on pages of its own (attachments.ts). The export, the print preview and
// the checks split a report the same way, attachments first: the note stands above them.
import { type AttachmentNoteLine, withoutAttachmentNote } from './attachment-note'
import { type Attachment, withoutAttachments } from './attachments'
import type { Report } from './report'

export interface PrintedText {
  /** The report as its 正文 prints: without the 附件说明 and the attachments. */
  readonly report: Report
  readonly note: readonly AttachmentNoteLine[]
  readonly attachments: readonly Attachment[]
}

export function printedText(source: Report): PrintedText {
  const { report: text, attachments } = withoutAttachments(source)
  const { report, note } = withoutAttachmentNote(text)
  return { report, note, attachments }
}
