// The attachments in the text flow as attachments.ts (report-to-docx.ts) writes them, after the 署名: each opens a
// page of its own with its label in 3号黑体 flush left on the first line, its title in 2号小标宋 centred on the third
// (GB/T 9704 §8) and a blank line under it, then its text as the 正文's, headings numbered afresh.
import type { Attachment } from '../../core/attachments'
import type { Block } from '../../core/report'
import { HeadingCounter } from '../../core/heading-number'
import type { OfficialFonts } from '../export/official-fonts'
import type { FlowParagraph } from './flow-line'
import { BODY_FORMAT, PITCH, span } from './flow-metrics'
import { paragraphLines } from './paragraph-lines'
import { titleFlowLines } from './flow-title'

/** A block of text in the flow, as the 正文's (flow-report.ts). */
export type BlockFlow = (item: Block, counter: HeadingCounter) => FlowParagraph[]

/** One attachment's paragraphs, from its label, which opens a page. */
export interface AttachmentFlow {
  readonly flow: FlowParagraph[]
  /** Where its text starts, under the label and the title: a heading, a paragraph, a list item, a table one each. */
  readonly textStart: number
}

export function attachmentsFlow(
  attachments: readonly Attachment[],
  fonts: OfficialFonts,
  blockFlow: BlockFlow,
): AttachmentFlow[] {
  return attachments.map((attachment): AttachmentFlow => {
    const label: FlowParagraph = {
      before: 0,
      pageBreakBefore: true,
      lines: paragraphLines([span(attachment.label, 'heading1', fonts.heading1.bold)], {
        ...BODY_FORMAT,
        align: 'left',
        firstLine: 0,
      }),
    }
    const title: FlowParagraph[] =
      attachment.title === null
        ? []
        : [
            {
              before: PITCH,
              lines: [
                ...titleFlowLines(attachment.title, fonts),
                // the blank line under the title, written as the title paragraph's space after
                { height: PITCH, items: [] },
              ],
            },
          ]
    const counter = new HeadingCounter()
    return {
      flow: [label, ...title, ...attachment.blocks.flatMap((item) => blockFlow(item, counter))],
      textStart: 1 + title.length,
    }
  })
}
