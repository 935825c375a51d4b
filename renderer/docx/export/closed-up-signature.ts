// GB/T 9704 §7.3.5.4 (特殊情况说明): where the room the 正文 leaves on its last page cannot hold the 署名 and the
// 成文日期, the standard's remedy is 调整行距、字距. 字距 is spent by the page fill (layout/page-fill.ts); this is the
// 行距: the 署名 block — the blank line above it, each 署名, the date and the 附注 — set closer, so that it takes
// one line of the 版心 less and stays on the page with the 正文 instead of carrying lines of it over to a page of
// their own. The blank line becomes half a line and the block's lines share what is left. The 正文's lines stay
// on the 22-line grid; only the block under them is off it.
import { LineRuleType } from 'docx'
import { linePitch } from './gbt9704'
import type { LineSpacing } from './line-spacing'

/** The blank line above the 署名, closed up to half a line (twips). */
export const CLOSED_UP_GAP = Math.round(linePitch / 2)

/** No closer than 20 pt a line for 3号 (16 pt) text: 1.25 times its size, a little under Word's single spacing. */
const CLOSEST_LINE = 400

/**
 * The exact spacing, in twips, of each of a 署名 block's `lines` closed up to take one line of the 版心 less, the
 * blank line above them included; null where that would set them closer than `CLOSEST_LINE`.
 */
export function closedUpLine(lines: number): number | null {
  if (lines < 1) return null
  // rounded down: the block then never takes more than the lines it must fit in
  const line = Math.floor((lines * linePitch - CLOSED_UP_GAP) / lines)
  return line >= CLOSEST_LINE ? line : null
}

/** A closed-up 署名 block's spacing: `line` twips a line, the half-line gap above its first line. */
export function closedUpSpacing(line: number, first: boolean): LineSpacing {
  return { line, lineRule: LineRuleType.EXACT, before: first ? CLOSED_UP_GAP : 0, after: 0 }
}
