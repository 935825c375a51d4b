// The 发文机关标志 a report is printed with. A report with a 发文字号 has a 版头, and a 版头 without its red mark
// is no 红头文件 (the checker fails it): when neither the report nor the settings name one, it is made from the
// 署名, "<机关>文件", or for several bodies their names one a line with 文件 once after the last (GB/T 9704
// §7.2.2). The clerk can still type another one; clearing it brings the derived one back.
import type { ReportMeta } from './report'
import type { Settings } from './settings'

const SUFFIX = '文件'

export interface IssuerMark {
  /** One line per body, joined by newlines, as ReportMeta.issuerMark holds it; null: no mark. */
  readonly text: string | null
  /** Made from the 署名, not typed by the clerk. */
  readonly derived: boolean
}

function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

/** "<机关>文件", or the joint form of several bodies; null without any. */
export function markFromIssuers(issuers: readonly string[]): string | null {
  const names = issuers.map((issuer) => issuer.trim()).filter((issuer) => issuer !== '')
  return names.length === 0 ? null : `${names.join('\n')}${SUFFIX}`
}

/** The 署名 the export prints: the report's own, else the clerk's default ones. */
export function signingIssuers(meta: ReportMeta, settings: Pick<Settings, 'issuers'>): string[] {
  const own = meta.issuers.map((issuer) => issuer.trim()).filter((issuer) => issuer !== '')
  return own.length > 0 ? own : settings.issuers.filter((issuer) => issuer.trim() !== '')
}

/** What the mark would be if the clerk left it empty: derived from the 署名 when the report has a 文号. */
export function derivedIssuerMark(meta: ReportMeta, settings: Pick<Settings, 'issuers'>): string | null {
  return present(meta.docNumber) === null ? null : markFromIssuers(signingIssuers(meta, settings))
}

/** The mark printed: the report's, else the settings', else the derived one. */
export function issuerMarkOf(
  meta: ReportMeta,
  settings: Pick<Settings, 'issuerMark' | 'issuers'>,
): IssuerMark {
  const typed = present(meta.issuerMark) ?? present(settings.issuerMark)
  if (typed !== null) return { text: typed, derived: false }
  const derived = derivedIssuerMark(meta, settings)
  return { text: derived, derived: derived !== null }
}
