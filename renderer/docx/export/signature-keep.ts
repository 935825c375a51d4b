// GB/T 9704 §7.3.5: the page that holds the 署名 (or, without one, the 成文日期) must hold 正文 too; a page of
// 署名, date and 附注 alone is sent back. So each line of the signature block but its last keeps with the next,
// and where the block would still open a page (the preview's pagination says so, flow-report.ts), the last 正文
// paragraph keeps with it too: Word, WPS and LibreOffice then move the paragraph over with the block rather than
// leave it alone on a page. A table ending the 正文 keeps with it the same way, every paragraph of it kept with the
// next.
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
