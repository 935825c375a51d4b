// 附件说明 (GB/T 9704 §7.3.4): "附件名称后不加标点符号". A name the writer closed with 。 or ； (as a list in
// running text would be) is sent back by the proofreader.
import { withoutAttachmentNote } from '../../attachment-note'
import { withoutAttachments } from '../../attachments'
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

/** Punctuation closing a name, full-width or not; closing brackets and quotes belong to the name. */
const CLOSING_MARK = /[。，；、：！？.,;:!?]+$/u

export const attachmentNamePunctuation: Rule = {
  id: 'attachment-name-punctuation',
  name: '附件名称后加了标点',
  run: ({ report }): Finding[] => {
    const main = withoutAttachments(report).report
    const { note } = withoutAttachmentNote(main)
    // the part the note ends; none where it ends the text before the first part
    const part = [...main.parts].reverse().find((entry) => entry.blocks.length > 0)?.id ?? null
    return note.flatMap((line): Finding[] => {
      const mark = CLOSING_MARK.exec(line.name)?.[0]
      if (mark === undefined) return []
      const written = `${line.label}${line.number}${line.name}`
      // the mark and the character before it: the fix finds its place by them
      const kept = [...line.name.slice(0, -mark.length)].at(-1) ?? ''
      return [
        {
          rule: 'attachment-name-punctuation',
          severity: 'warning',
          message: `附件说明中的附件名称后不加标点符号，请去掉“${line.name}”末尾的“${mark}”。`,
          part,
          line: line.block.line,
          evidence: quoteEvidence(written, written.length - mark.length - 1, written.length),
          ...(kept === ''
            ? {}
            : {
                fix: {
                  kind: 'replace',
                  label: `去掉“${mark}”`,
                  target: 'block',
                  replacements: [{ find: `${kept}${mark}`, replace: kept }],
                } as const,
              }),
        },
      ]
    })
  },
}
