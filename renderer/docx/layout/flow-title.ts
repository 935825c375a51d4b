// A 标题 in the text flow as title.ts writes it: 2号小标宋 centred, one line per planned title line (title-lines.ts),
// as the .docx breaks them with w:br. The report's title and an attachment's (flow-attachments.ts) alike.
import { typeSize } from '../export/gbt9704'
import type { OfficialFonts } from '../export/official-fonts'
import { titleLines } from '../export/title-lines'
import type { FlowLine } from './flow-line'
import { BODY_FORMAT, span } from './flow-metrics'
import { type ParagraphFormat, paragraphLines } from './paragraph-lines'

const TITLE_FORMAT: ParagraphFormat = {
  ...BODY_FORMAT,
  size: typeSize.er,
  tracking: 0,
  align: 'center',
  firstLine: 0,
}

export function titleFlowLines(title: string, fonts: OfficialFonts): FlowLine[] {
  return titleLines(title).flatMap((line) =>
    paragraphLines([span(line, 'title', fonts.title.bold)], TITLE_FORMAT),
  )
}
