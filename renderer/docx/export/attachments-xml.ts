// 附件 (GB/T 9704 §8), written after the 署名 (report-to-docx.ts) as the print preview lays them out
// (flow-attachments.ts): each opens a page (`w:pageBreakBefore`), its label in 3号黑体 flush left on the first
// line, its title in 2号小标宋 centred on the third with a blank line under it, then its text as the 正文's.
import { AlignmentType, type IContext } from 'docx'
import type { Attachment } from '../../core/attachments'
import type { AttachmentPlan } from '../layout/attachment-fill'
import type { Report } from '../../core/report'
import { bodyTracking, linePitch, typeSize } from './gbt9704'
import { bodyXml, type DraftMarks, paragraphXml } from './body'
import { onPitch } from './line-spacing'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'
import { titleRuns } from './title'

export function* attachmentsXml(
  attachments: readonly Attachment[],
  report: Report,
  fonts: OfficialFonts,
  context: IContext,
  marks: DraftMarks | null,
  plans: readonly AttachmentPlan[],
): Generator<string> {
  for (const [index, attachment] of attachments.entries()) {
    const label = new OfficialParagraph({
      pageBreakBefore: true,
      alignment: AlignmentType.LEFT,
      spacing: onPitch(0),
      children: [
        officialRun(attachment.label, { font: fonts.heading1, size: typeSize.san, tracking: bodyTracking }),
      ],
    })
    yield paragraphXml(label, context)
    if (attachment.title !== null) {
      const title = new OfficialParagraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...onPitch(1), after: linePitch },
        children: titleRuns(attachment.title, fonts),
      })
      yield paragraphXml(title, context)
    }
    // the blocks of the attachment as a 正文 of their own: its headings numbered afresh, its paragraphs set loose or
    // tight where the page plan fills its pages with them (attachment-fill.ts), no comment said twice
    const own = { ...report, preamble: attachment.blocks, parts: [] }
    const plan = plans[index] ?? { loosened: new Set(), stretched: new Set(), tightened: new Set() }
    yield* bodyXml(
      own,
      fonts,
      context,
      { keepLastWithSignature: false, ...plan },
      marks === null ? null : { ...marks, unanchored: [] },
    )
  }
}
