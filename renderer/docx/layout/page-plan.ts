// What the .docx takes from the pages as LibreOffice prints them (paginate.ts), the pages the print preview shows,
// so that the two always agree: which 正文 paragraphs are set loose to fill a page, and which tight to make room for
// the 版记 (flow-report.ts), and which of an attachment's to fill its pages; whether the 署名 block is set closer to
// stay with the 正文 (signature-close-up.ts), or else the last 正文 paragraph keeps with the 署名 or has its last
// lines carried over to it (signature-carry.ts); and where the 版记 goes — at the bottom of the last page when the
// text leaves room for it there, else on the next page, numbered like any other (GB/T 9704 §7.5 leaves a 版记 page
// unnumbered only when a blank page precedes it, and no blank page is ever added).
import type { Report } from '../../core/report'
import type { ImprintOptions } from '../export/imprint'
import type { OfficialFonts } from '../export/official-fonts'
import type { OfficialMeta } from '../export/official-meta'
import type { AttachmentPlan } from './attachment-fill'
import { FILL_HEIGHT } from './flow-metrics'
import { reportFlow } from './flow-report'
import { imprintBlock, imprintFits } from './imprint-block'
import { paginate } from './paginate'

export type ImprintPlacement = 'last-page' | 'own-page'

/** What the .docx takes from the pages the preview shows: where the 版记 goes, and whether the 署名 needs a keep. */
export interface PagePlan {
  readonly imprint: ImprintPlacement
  readonly keepLastWithSignature: boolean
  /** Characters of the last 正文 paragraph printed after a page break, on the 署名's page (signature-carry.ts). */
  readonly carriedChars: number
  /**
   * The 正文 paragraphs set loose or stretched to fill a page, and tight to make room for the 版记 (flow-report.ts
   * `ReportFlow`).
   */
  readonly loosened: ReadonlySet<number>
  readonly stretched: ReadonlySet<number>
  readonly tightened: ReadonlySet<number>
  /** Each attachment's paragraphs set loose, stretched or tight to fill its pages (attachment-fill.ts). */
  readonly attachmentPlans: readonly AttachmentPlan[]
  /** The 署名 block's exact twips a line where it is closed up to stay with the 正文 (signature-close-up.ts). */
  readonly signatureClosedUpLine: number | null
}

export function pagePlan(
  report: Report,
  meta: OfficialMeta,
  fonts: OfficialFonts,
  options: { readonly sealed: boolean; readonly imprint: ImprintOptions },
): PagePlan {
  const block = imprintBlock(options.imprint)
  const flowOptions =
    block === null ? { sealed: options.sealed } : { sealed: options.sealed, imprintHeight: block.height }
  const { flow, ...planned } = reportFlow(report, meta, fonts, flowOptions)
  if (block === null) return { imprint: 'last-page', ...planned }
  const { lastPageUsed } = paginate(flow, FILL_HEIGHT)
  return { imprint: imprintFits(lastPageUsed, block.height) ? 'last-page' : 'own-page', ...planned }
}
