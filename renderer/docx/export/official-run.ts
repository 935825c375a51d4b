// A text run that names its font for every script slot. Without eastAsia, Word and WPS fall back to the theme's
// 等线; without ascii/hAnsi, the digits and Latin punctuation of 2024年 or 1. do (gbt9704-layout.md, Fonts).
// Colour and italics come from styles.ts, which redefines every style we use black and upright.
import { type IRunOptions, TextRun } from 'docx'
import { ptToHalfPoints } from './gbt9704'
import type { OfficialFont } from './official-fonts'

export type RunContent = string | NonNullable<IRunOptions['children']>

export interface OfficialRunOptions {
  readonly font: OfficialFont
  /** Size in points. */
  readonly size: number
  /** Bold on top of what the font role asks for (e.g. a bold span in the body). */
  readonly bold?: boolean
  /** RRGGBB for red elements; black comes from the styles. */
  readonly color?: string
  /** Tracking in twips (`w:spacing`); see `bodyTracking` in gbt9704.ts. */
  readonly tracking?: number
  /** Starts the run on a new line (`w:br`), as in a title set over several lines. */
  readonly lineBreakBefore?: boolean
}

export function officialRun(content: RunContent, options: OfficialRunOptions): TextRun {
  const { font, size } = options
  const name = font.name
  const bold = font.bold || options.bold === true
  // Only what differs from the styles (styles.ts: black, upright, not bold) besides font and size: every
  // element more per run is paid for on every run of a 30-page report when packing.
  return new TextRun({
    ...(typeof content === 'string' ? { text: content } : { children: content }),
    font: { ascii: name, hAnsi: name, eastAsia: name },
    size: ptToHalfPoints(size),
    ...(bold ? { bold: true } : {}),
    ...(options.color === undefined ? {} : { color: options.color }),
    ...(options.tracking === undefined ? {} : { characterSpacing: options.tracking }),
    ...(options.lineBreakBefore === true ? { break: 1 } : {}),
  })
}
