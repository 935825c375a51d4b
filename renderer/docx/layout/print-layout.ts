// The printed report as positioned lines on A4 pages: what the print preview draws and prints. Plain data in
// points (1/72 inch), measured from the top left of the 版心 (GB/T 9704 §5.2.2: 37 mm from the top, 28 mm from
// the left), so a renderer only has to place boxes; every layout decision is taken here.
import type { FontRole } from '../export/official-fonts'

export type { FontRole }

export interface PrintSpan {
  readonly text: string
  readonly font: FontRole
  readonly bold: boolean
}

export type LineAlign = 'left' | 'center' | 'right' | 'justify'

export interface PrintLine {
  readonly kind: 'line'
  readonly top: number
  readonly height: number
  /** Left edge and width of the line's box inside the 版心 (indents already applied). */
  readonly left: number
  readonly width: number
  /** Font size in points. */
  readonly size: number
  /** Tracking added to every character, in points (−0.3 on body text, gbt9704.ts `bodyTracking`). */
  readonly tracking: number
  /** Character width as a fraction (0.7 = 70 %), the `w:w` of a narrowed 发文机关标志; absent is 1. */
  readonly scale?: number
  /** `justify` stretches the line to its box, as the inner lines of a justified paragraph. */
  readonly align: LineAlign
  readonly red: boolean
  readonly spans: readonly PrintSpan[]
}

/** A horizontal rule: the red separator (§7.2.5), the 版记 rules (§7.4.1), table borders. */
export interface PrintRule {
  readonly kind: 'rule'
  readonly top: number
  readonly left: number
  readonly width: number
  /** Thickness in points. */
  readonly thickness: number
  readonly red: boolean
}

/** A vertical table border. */
export interface PrintColumnRule {
  readonly kind: 'column-rule'
  readonly top: number
  readonly left: number
  readonly height: number
  readonly thickness: number
}

/**
 * Where a piece the report lacks would print (flow-gaps.ts): a marker for the screen, which the preview draws as a
 * dashed box and never prints; the .docx has nothing there.
 */
export interface PrintGap {
  readonly kind: 'gap'
  readonly top: number
  readonly left: number
  readonly width: number
  readonly height: number
  /** The piece, as missing-pieces.ts names its field. */
  readonly field: 'signer' | 'recipients' | 'issuers' | 'date'
  /** （缺签发人）. */
  readonly label: string
}

export type PrintItem = PrintLine | PrintRule | PrintColumnRule | PrintGap

export interface PrintPage {
  /** "— N —" under the 版心: every page has one, the 版记's own page too (§7.5; no blank page is ever added). */
  readonly number: number
  readonly items: readonly PrintItem[]
}

export interface PrintLayout {
  readonly pages: readonly PrintPage[]
}
