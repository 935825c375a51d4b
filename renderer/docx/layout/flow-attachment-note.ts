// The 附件说明 in the text flow, as export/attachment-note.ts writes it: a blank line above, the 正文's face and
// tracking, flush left, each line hung back from where its name starts to its number (or to 附件：).
import type { AttachmentNoteLine } from '../../core/attachment-note'
import { noteIndent } from '../export/attachment-note'
import type { FlowParagraph } from './flow-line'
import { AREA_WIDTH, BODY_FORMAT, PITCH, span } from './flow-metrics'
import { paragraphLines } from './paragraph-lines'

export function attachmentNoteFlow(lines: readonly AttachmentNoteLine[]): FlowParagraph[] {
  return lines.map((line, index) => {
    const indent = noteIndent(line)
    const left = indent.left / 20
    const text = `${line.label}${line.number}${line.name}`
    return {
      before: index === 0 ? PITCH : 0,
      lines: paragraphLines([span(text, 'body')], {
        ...BODY_FORMAT,
        align: 'left',
        left,
        width: AREA_WIDTH - left,
        firstLine: -indent.hanging / 20,
      }),
    }
  })
}
