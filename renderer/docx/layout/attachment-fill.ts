// An attachment's pages are pages of the document: GB/T 9704 fills every one but the last with its 22 lines. Each
// attachment opens a page of its own (flow-attachments.ts), so its pages are filled on their own, as the 正文's are
// (page-fill.ts): a page a heading's keep or a table left short gets paragraphs of the attachment set loose, tight
// or stretched. The last attachment's last page must still hold the 版记 where the report's 版记 fits under it.
import type { AttachmentFlow } from './flow-attachments'
import type { FlowParagraph } from './flow-line'
import { FILL_HEIGHT } from './flow-metrics'
import { fillPages } from './page-fill'

/** The paragraphs of an attachment's text set loose, stretched or tight, counted from its first (body.ts). */
export interface AttachmentPlan {
  readonly loosened: ReadonlySet<number>
  readonly stretched: ReadonlySet<number>
  readonly tightened: ReadonlySet<number>
}

export interface FilledAttachments {
  readonly flow: FlowParagraph[]
  readonly plans: AttachmentPlan[]
}

export function fillAttachments(
  attachments: readonly AttachmentFlow[],
  lastPageFits: (used: number) => boolean,
): FilledAttachments {
  const flow: FlowParagraph[] = []
  const plans = attachments.map((attachment, index): AttachmentPlan => {
    const last = index === attachments.length - 1
    const filled = fillPages(attachment.flow, FILL_HEIGHT, {
      start: attachment.textStart,
      end: attachment.flow.length,
      signature: false,
      lastPageFits: last ? lastPageFits : () => true,
    })
    // loops, not push(...): a long attachment's paragraphs would overflow the stack
    for (const paragraph of filled.flow) flow.push(paragraph)
    const fromText = (indexes: ReadonlySet<number>): Set<number> =>
      new Set([...indexes].map((at) => at - attachment.textStart))
    return {
      loosened: fromText(filled.loosened),
      stretched: fromText(filled.stretched),
      tightened: fromText(filled.tightened),
    }
  })
  return { flow, plans }
}
