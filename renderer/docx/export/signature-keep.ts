// GB/T 9704 §7.3.5: the page that holds the 署名 (or, without one, the 成文日期) must hold 正文 too; a page of
// 署名, date and 附注 alone is sent back. So the last 正文 paragraph keeps with the next paragraph, and so does each
// line of the signature block but its last: Word, WPS and LibreOffice then move the paragraph over with them
// rather than leave them alone on a page. A table ending the 正文 is left as it is (its rows never split).
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

/** Whether a 署名 or 成文日期 follows the 正文, which the last paragraph must then keep with. */
export function hasSignatureBlock(meta: {
  readonly issuers: readonly string[]
  readonly dateText: string | null
}): boolean {
  return meta.issuers.length > 0 || meta.dateText !== null
}
