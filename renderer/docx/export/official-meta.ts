// What the printed layout shows, from the report's metadata, the clerk's settings (for what the report lacks)
// and the version chosen at export: 上行文 carries 签发人; 公开 drops it and adds the 附注 （此件公开发布）.
import { issuerMarkOf, signingIssuers } from '../../core/issuer-mark'
import type { ReportMeta, ReportVersion } from '../../core/report'
import type { Settings } from '../../core/settings'

export const PUBLIC_NOTE = '（此件公开发布）'

export interface OfficialMeta {
  /** The version exported: 上行文 carries 签发人 and 主送 (missing-pieces.ts). */
  readonly version: ReportVersion
  /** 发文机关标志, one entry per line (several issuing bodies: one line each); made from the 署名 when the
   * report has a 文号 but no mark (issuer-mark.ts). */
  readonly markLines: readonly string[]
  readonly docNumber: string | null
  /** Only in the 上行文 version (§7.2.4). */
  readonly signer: string | null
  readonly title: string | null
  readonly recipients: string | null
  readonly issuers: readonly string[]
  readonly dateText: string | null
  /** 附注 paragraphs, each in its parentheses. */
  readonly notes: readonly string[]
  readonly copyTo: string | null
  readonly printedBy: string | null
  readonly printedDateText: string | null
}

function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

export function officialMeta(meta: ReportMeta, version: ReportVersion, settings: Settings): OfficialMeta {
  const mark = issuerMarkOf(meta, settings)
  const note = present(meta.note)
  const notes = note === null ? [] : [note]
  if (version === 'public' && !notes.some((n) => n.includes('公开发布'))) notes.push(PUBLIC_NOTE)
  const dateText = present(meta.dateText)
  const issuers = signingIssuers(meta, settings)
  const copyTo = present(meta.copyTo) ?? present(settings.copyTo)
  return {
    version,
    markLines:
      mark.text === null
        ? []
        : mark.text
            .split(/\n+/u)
            .map((line) => line.trim())
            .filter((line) => line !== ''),
    docNumber: present(meta.docNumber),
    signer: version === 'upward' ? (present(meta.signer) ?? present(settings.signer)) : null,
    title: present(meta.title),
    recipients: present(meta.recipients) ?? present(settings.recipients),
    issuers,
    dateText,
    notes,
    copyTo,
    // a 版记 always ends with its 印发 line (§7.4.3): with a 抄送 but no 印发机关 named, the lead 署名 prints it
    printedBy:
      present(meta.printedBy) ??
      present(settings.printedBy) ??
      (copyTo === null ? null : (issuers[0] ?? null)),
    // 印发日期 is usually the 成文日期 when the source gives none.
    printedDateText: present(meta.printedDateText) ?? dateText,
  }
}
