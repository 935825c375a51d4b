// The paragraphs the print preview sets at another tracking (loose or tight, page-fill.ts and imprint-room.ts), as
// their text: what the .docx must write that tracking on.
import type { Report, ReportVersion } from '../../../renderer/core/report'
import { defaultSettings } from '../../../renderer/core/settings'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { officialMeta } from '../../../renderer/docx/export/official-meta'
import { reportFlow } from '../../../renderer/docx/layout/flow-report'
import { imprintBlock } from '../../../renderer/docx/layout/imprint-block'
import type { PrintLine } from '../../../renderer/docx/layout/print-layout'

const fonts = officialFonts(defaultSettings.fonts)

/** The text of each paragraph of `report`'s flow set at `tracking` (points), its 版记 made room for as the export does. */
export function retrackedTexts(report: Report, version: ReportVersion, tracking: number): string[] {
  const meta = officialMeta(report.meta, version, defaultSettings)
  const block = imprintBlock(meta)
  const options = block === null ? { sealed: false } : { sealed: false, imprintHeight: block.height }
  return reportFlow(report, meta, fonts, options)
    .flow.map((paragraph) =>
      paragraph.lines.flatMap((line) => line.items.filter((item): item is PrintLine => item.kind === 'line')),
    )
    .filter((lines) => lines.some((line) => line.tracking === tracking))
    .map((lines) => lines.flatMap((line) => line.spans.map((span) => span.text)).join(''))
}
