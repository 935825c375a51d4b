// What the .docx takes from the pages as LibreOffice prints them (paginate.ts), the pages the print preview shows,
// so that the two always agree: which 正文 paragraphs are set loose to fill a page and whether the last 正文
// paragraph keeps with the 署名 (flow-report.ts), and where the 版记 goes — at the bottom of the last page when the
// text leaves room for it there, else on the next page, numbered like any other (GB/T 9704 §7.5 leaves a 版记 page
// unnumbered only when a blank page precedes it, and no blank page is ever added).
import type { Report } from '../../core/report'
import type { ImprintOptions } from '../export/imprint'
import type { OfficialFonts } from '../export/official-fonts'
import type { OfficialMeta } from '../export/official-meta'
import { BODY_HEIGHT, FILL_HEIGHT, PITCH } from './flow-metrics'
import { reportFlow } from './flow-report'
import { imprintBlock } from './imprint-block'
import { paginate } from './paginate'

export type ImprintPlacement = 'last-page' | 'own-page'

/** The hairline paragraph that anchors the floating 版记 table in the .docx (imprint.ts): 1 pt. */
const ANCHOR_HEIGHT = 1
const EPSILON = 0.01

/**
 * Whether a 版记 `height` points tall fits under text that ends `used` points down the last page: the float keeps
 * one line (topFromText) between itself and the text, and its anchor takes a hairline under the text.
 */
export function imprintFits(used: number, height: number): boolean {
  return used + ANCHOR_HEIGHT <= BODY_HEIGHT - height - PITCH + EPSILON
}

/** What the .docx takes from the pages the preview shows: where the 版记 goes, and whether the 署名 needs a keep. */
export interface PagePlan {
  readonly imprint: ImprintPlacement
  readonly keepLastWithSignature: boolean
  /** The 正文 paragraphs set loose to fill a page (flow-report.ts `ReportFlow`). */
  readonly loosened: ReadonlySet<number>
}

export function pagePlan(
  report: Report,
  meta: OfficialMeta,
  fonts: OfficialFonts,
  options: { readonly sealed: boolean; readonly imprint: ImprintOptions },
): PagePlan {
  const { flow, keepLastWithSignature, loosened } = reportFlow(report, meta, fonts, options)
  const block = imprintBlock(options.imprint)
  if (block === null) return { imprint: 'last-page', keepLastWithSignature, loosened }
  const { lastPageUsed } = paginate(flow, FILL_HEIGHT)
  return {
    imprint: imprintFits(lastPageUsed, block.height) ? 'last-page' : 'own-page',
    keepLastWithSignature,
    loosened,
  }
}
