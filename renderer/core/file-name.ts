// The name a new report is offered under when it is first saved or exported: what a county office filing dozens of
// them needs to tell them apart — the issuing body, the year and the 标题 — not 未命名报告. Characters Windows
// refuses in a file name are left out.
import type { ReportMeta } from './report'

const FORBIDDEN = /[\\/:*?"<>|]/gu
/** Control characters, which no file name may hold either. */
const CONTROL = /\p{Cc}/gu
/** Windows Explorer shows about this much of a name; a 标题 of three lines is cut at a word of it. */
const MAX_LENGTH = 40

export function suggestedFileName(meta: ReportMeta): string {
  const issuer = meta.issuers[0]?.trim() ?? ''
  const year = meta.reportYear === null ? '' : `${String(meta.reportYear)}年`
  const title = (meta.title ?? '').replace(/\s+/gu, '')
  const named =
    title === ''
      ? `${issuer}${year}法治政府建设年度报告`
      : issuer !== '' && !title.includes(shortName(issuer))
        ? `${issuer}${title}`
        : title
  const safe = named.replace(FORBIDDEN, '').replace(CONTROL, '').slice(0, MAX_LENGTH)
  return safe === '' ? '法治政府建设年度报告' : safe
}

/** 示范镇人民政府 → 示范镇: a 标题 naming the township names the issuer. */
function shortName(issuer: string): string {
  const town = /^.*?[镇乡街道]+(?:办事处)?/u.exec(issuer)?.[0]
  return town ?? issuer
}
