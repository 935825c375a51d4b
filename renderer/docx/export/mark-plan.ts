// How big the 发文机关标志 is set and how wide its pieces are, decided once for the .docx (masthead.ts) and the
// print preview (flow-masthead.ts), so both give every line of it — one per issuing body — one printed line.
// LibreOffice wraps, never shrinks, a line too wide for its paragraph or table cell, so the widths are measured
// with the widest glyphs a renderer may use and keep a margin.
import { advance, isWestern } from '../layout/glyph-metrics'
import { textWidth as areaWidth } from './gbt9704'

export const MARK_SUFFIX = '文件'

/** §7.2.2 leaves the size to the office, "醒目、美观、庄重"; 初号 (42 pt) is the usual and the largest we set. */
const MAX_PT = 42
/**
 * Below this height a long mark narrows its characters (w:w, Word's 字符缩放) instead of shrinking further: the
 * 长宋 look of real 红头, which keep the mark well above the 22 pt title.
 */
const FLOOR_PT = 30
/** The narrowest characters we set, in per cent of their width; past it the mark shrinks again. */
const MIN_SCALE = 70
/** Gap between the names and 文件, in characters of the mark. */
const SUFFIX_GAP = 0.5
/** Twips kept free on every line against renderers' rounding: a Chinese character is one em in every face. */
const SLACK = 40
/**
 * Latin letters and digits are not: measured in DejaVu Sans, LibreOffice's fallback and wider than the half em of
 * 小标宋, with a tenth more for faces wider still, and the gap of a fifth of an em LibreOffice puts between them
 * and Chinese whatever the .docx says (break-lines.ts), rounded up for the mark's own tracking.
 */
const WESTERN_MARGIN = 1.1
const AUTOSPACE = 0.3

export interface JointColumns {
  /** Twips: the names' column and 文件's, side by side, centred in the 版心. */
  readonly names: number
  readonly suffix: number
}

export interface MarkPlan {
  /** Font size in whole points. */
  readonly size: number
  /** Character width in per cent (`w:w`), 100 unless the mark is too long for FLOOR_PT. */
  readonly scale: number
  /** Exact line height in twips. */
  readonly lineHeight: number
  /** The lines as set: for a joint mark, the names without 文件. */
  readonly lines: readonly string[]
  /** Several bodies sharing one 文件 (§7.2.2), set as a two-column table; null for lines stacked and centred. */
  readonly joint: JointColumns | null
}

/**
 * Width of a line in characters of the mark as LibreOffice sets it on a machine without the office fonts: Chinese
 * one em, Latin letters and digits in DejaVu Sans (wider than the half em of 小标宋) and the gap it adds around them.
 */
export function markEms(text: string): number {
  let width = 0
  let previous: boolean | null = null
  for (const char of text) {
    const western = isWestern(char)
    width += western ? Math.max(0.5, advance(char, 1, 'western')) * WESTERN_MARGIN : 1
    if (previous !== null && previous !== western) width += AUTOSPACE
    previous = western
  }
  return width
}

/** The names of a joint mark: several lines, the last ending in 文件; null for any other mark. */
export function jointNames(lines: readonly string[]): string[] | null {
  const last = lines[lines.length - 1] ?? ''
  if (lines.length < 2 || !last.endsWith(MARK_SUFFIX) || last.length <= MARK_SUFFIX.length) return null
  return [...lines.slice(0, -1), last.slice(0, -MARK_SUFFIX.length)]
}

/** Size (whole points) and character width that set one character at most `pitch` points wide. */
function sizeAndScale(pitch: number): { size: number; scale: number } {
  if (pitch >= FLOOR_PT) return { size: Math.floor(Math.min(MAX_PT, pitch)), scale: 100 }
  const size = Math.floor(Math.min(FLOOR_PT, (pitch * 100) / MIN_SCALE))
  return { size, scale: Math.min(100, Math.floor((pitch / size) * 100)) }
}

function plan(lines: readonly string[], size: number, scale: number, joint: JointColumns | null): MarkPlan {
  return { size, scale, lineHeight: Math.round(size * 1.2 * 20), lines, joint }
}

/** The plan for the mark's lines as the report holds them (one per body, 文件 at the end of the last). */
export function markPlan(markLines: readonly string[]): MarkPlan {
  const names = jointNames(markLines)
  if (names === null) {
    const widest = Math.max(1, ...markLines.map(markEms))
    const { size, scale } = sizeAndScale((areaWidth - SLACK) / 20 / widest)
    return plan(markLines, size, scale, null)
  }
  const widest = Math.max(1, ...names.map(markEms))
  const suffixEms = markEms(MARK_SUFFIX) + SUFFIX_GAP
  const { size, scale } = sizeAndScale((areaWidth - SLACK) / 20 / (widest + suffixEms))
  const pitch = (size * scale) / 100
  const suffix = Math.ceil(pitch * suffixEms * 20)
  const columns = { names: Math.min(areaWidth - suffix, Math.ceil(pitch * widest * 20) + SLACK), suffix }
  return plan(names, size, scale, columns)
}
