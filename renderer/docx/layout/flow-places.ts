// Which paragraph of the report each paragraph of the flow prints, for the fill advice (fill-advice.ts) to change:
// the text paragraphs of the 正文 and of the attachments. Null for everything a writer does not lengthen or shorten
// to fill a page: the 版头, headings, tables, list items, the 附件说明, the 署名, an attachment's label and title.
import { withoutAttachments } from '../../core/attachments'
import type { Block } from '../../core/report'
import type { PaginatedReport } from './layout-report'
import { blockPlaces, bodyPlaces, type Place } from './paragraph-edit'

export function flowPlaces({ report, flow, bodyStart, bodyEnd, textEnd }: PaginatedReport): (Place | null)[] {
  const out = new Array<Place | null>(flow.length).fill(null)
  bodyPlaces(report).forEach((place, index) => {
    if (bodyStart + index < bodyEnd) out[bodyStart + index] = place
  })
  // an attachment's blocks are the report's own, after its label (attachments.ts): found by identity
  const places = new Map<Block, Place>()
  report.preamble.forEach((block, index) => places.set(block, { container: 'preamble', block: index }))
  report.parts.forEach((part, container) =>
    part.blocks.forEach((block, index) => places.set(block, { container, block: index })),
  )
  let at = textEnd
  for (const attachment of withoutAttachments(report).attachments) {
    // its label, and its title where it has one (flow-attachments.ts)
    at += attachment.title === null ? 1 : 2
    for (const place of blockPlaces(attachment.blocks, (block) => places.get(block) ?? null))
      out[at++] = place
  }
  return out
}
