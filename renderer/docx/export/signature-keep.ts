// GB/T 9704 §7.3.5: the page that holds the 署名 (or, without one, the 成文日期) must hold 正文 too; a page of
// 署名, date and 附注 alone is sent back. So each line of the signature block but its last keeps with the next,
// and where the block would still open a page (the preview's pagination says so) and set closer does not fit
// under the 正文 either (layout/signature-close-up.ts), the last 正文 lines go over with it
// (layout/signature-carry.ts): a page break before the last two lines of a long last paragraph, or a keep on a
// short one, a list item or a table ending the 正文, every paragraph of such a table kept with the next.
import type { Block, Report } from '../../core/report'

/** The block the 正文 ends with, or null when it is empty or ends with a part heading (headings keep anyway). */
export function lastBodyBlock(report: Report): Block | null {
  for (let index = report.parts.length - 1; index >= 0; index--) {
    const part = report.parts[index]!
    const last = part.blocks.at(-1)
    if (last !== undefined) return last
    if (part.heading !== null) return null
  }
  return report.preamble.at(-1) ?? null
}
