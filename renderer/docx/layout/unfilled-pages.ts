// GB/T 9704 fills every page but the last with its 22 lines. Where no 调整字距 fills a page (page-fill.ts), the page
// prints short: a heading and its text moved on together, or the last lines of 正文 carried over to a 署名 that may
// not open a page (signature-carry.ts), leave empty lines at its foot. And a 版记 that does not fit under the
// 署名 takes a page of its own, so the 署名's page, the last of the text, is no last page either. A proofreader
// sends such a report back; what is left is for the writer, a few characters more or fewer (fill-advice.ts).
import { FILL_HEIGHT, PITCH } from './flow-metrics'
import type { PaginatedReport } from './layout-report'

const EPSILON = 0.01

export interface UnfilledPage {
  /** Page number, from 1. */
  readonly page: number
  /** Lines of the 版心 left empty at the page's foot. */
  readonly empty: number
  /** The page ends the text, and the 版记 went on the next page for want of room under it. */
  readonly imprintAlone: boolean
  /** The page is the last attachment's, not the 署名's (flow-attachments.ts). */
  readonly afterAttachments?: true
}

/** Lines of the 版心 left empty under `used` points of text. */
const emptyLines = (used: number): number => Math.floor((FILL_HEIGHT - used + EPSILON) / PITCH)

/**
 * The pages of the text that print with empty lines at their foot and are not its last, then those of each
 * attachment but its last, and the last attachment's last page where the 版记 went on past it. Attachments open
 * pages of their own after the 署名 (flow-attachments.ts): the page the text ends on is then short by right, as
 * each attachment's last page is; the pages before are filled where tracking can (attachment-fill.ts), and what it
 * leaves is named here.
 */
export function unfilledPages({
  pagination,
  imprintOwnPage,
  textEnd,
  flow,
}: PaginatedReport): UnfilledPage[] {
  const attached = textEnd < flow.length
  const used: number[] = []
  // by attachment, counted from 0: each opens with its label, which starts a page (pageBreakBefore)
  const attachmentUsed: number[][] = []
  let attachment = -1
  let next = textEnd
  for (const line of pagination.lines) {
    const bottom = line.top + line.line.height
    if (line.paragraph < textEnd) {
      used[line.page] = Math.max(used[line.page] ?? 0, bottom)
      continue
    }
    for (; next <= line.paragraph; next++) if (flow[next]?.pageBreakBefore === true) attachment++
    const pages = (attachmentUsed[attachment] ??= [])
    pages[line.page] = Math.max(pages[line.page] ?? 0, bottom)
  }
  const out: UnfilledPage[] = []
  used.forEach((height, index) => {
    const last = index === used.length - 1
    if (last && (attached || !imprintOwnPage)) return
    const empty = emptyLines(height)
    if (empty > 0 || last) out.push({ page: index + 1, empty, imprintAlone: last })
  })
  for (const pages of attachmentUsed)
    pages.forEach((height, index) => {
      const empty = emptyLines(height)
      if (index < pages.length - 1 && empty > 0) out.push({ page: index + 1, empty, imprintAlone: false })
    })
  // the 版记 follows the last attachment: where it took a page of its own, that attachment's last page is named
  const last = attachmentUsed.at(-1)
  if (imprintOwnPage && last !== undefined) {
    const height = last.at(-1) ?? 0
    out.push({ page: last.length, empty: emptyLines(height), imprintAlone: true, afterAttachments: true })
  }
  return out
}
