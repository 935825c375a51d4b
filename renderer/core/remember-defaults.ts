// What a clerk fills in once (发文机关, 机关代字, 签发人, 主送 …) becomes the default of the next report:
// after each save the report's metadata is remembered in 设置, so next January starts pre-filled.
import { parseDocNumber } from './doc-number'
import type { ReportMeta } from './report'
import type { Settings } from './settings'

export function rememberDefaults(settings: Settings, meta: ReportMeta): Settings {
  const keep = (value: string | null, fallback: string): string =>
    value === null || value.trim() === '' ? fallback : value
  const prefix = meta.docNumber === null ? null : (parseDocNumber(meta.docNumber)?.prefix ?? null)
  return {
    ...settings,
    issuerMark: keep(meta.issuerMark, settings.issuerMark),
    issuers: meta.issuers.length > 0 ? [...meta.issuers] : settings.issuers,
    docNumberPrefix: keep(prefix, settings.docNumberPrefix),
    signer: keep(meta.signer, settings.signer),
    recipients: keep(meta.recipients, settings.recipients),
    copyTo: keep(meta.copyTo, settings.copyTo),
    printedBy: keep(meta.printedBy, settings.printedBy),
  }
}
