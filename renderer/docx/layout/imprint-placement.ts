// Where the 版记 goes: at the bottom of the last page when the text leaves room for it there, else on the next page,
// numbered like any other (GB/T 9704 §7.5 leaves a 版记 page unnumbered only when a blank page precedes it, and no
// blank page is ever added). The room is measured on the pages as LibreOffice prints them (paginate.ts), the same
// pages the print preview shows, so the .docx and the preview always agree.
import type { Report } from '../../core/report'
import type { ImprintOptions } from '../export/imprint'
import type { OfficialFonts } from '../export/official-fonts'
import type { OfficialMeta } from '../export/official-meta'
import { BODY_HEIGHT, FILL_HEIGHT, PITCH } from './flow-metrics'
import { flowReport } from './flow-report'
import { imprintBlock } from './imprint-block'
import { paginate } from './paginate'

export type ImprintPlacement = 'last-page' | 'own-page'

/** The hairline paragraph that anchors the floating 版记 table in the .docx (imprint.ts): 1 pt. */
export const ANCHOR_HEIGHT = 1
const EPSILON = 0.01

/**
 * Whether a 版记 `height` points tall fits under text that ends `used` points down the last page: the float keeps
 * one line (topFromText) between itself and the text, and its anchor takes a hairline under the text.
 */
export function imprintFits(used: number, height: number): boolean {
  return used + ANCHOR_HEIGHT <= BODY_HEIGHT - height - PITCH + EPSILON
}

export function imprintPlacement(
  report: Report,
  meta: OfficialMeta,
  fonts: OfficialFonts,
  options: { readonly sealed: boolean; readonly imprint: ImprintOptions },
): ImprintPlacement {
  const block = imprintBlock(options.imprint)
  if (block === null) return 'last-page'
  const { lastPageUsed } = paginate(flowReport(report, meta, fonts, options), FILL_HEIGHT)
  return imprintFits(lastPageUsed, block.height) ? 'last-page' : 'own-page'
}
