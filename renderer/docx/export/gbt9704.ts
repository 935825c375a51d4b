// GB/T 9704-2012 《党政机关公文格式》 figures in OOXML units: twips (1/20 pt) for lengths,
// half-points for font sizes, eighths of a point for borders. Each figure cites its clause;
// ../shared/spec/gbt9704-layout.md is the project's digest of them.

const TWIPS_PER_INCH = 1440
const MM_PER_INCH = 25.4

/** Millimetres → twips, rounded (1 mm ≈ 56.7 twips). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH)
}

/** Points → twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20)
}

/** Points → half-points, the unit of `w:sz`. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2)
}

/** Millimetres → eighths of a point, the unit of `w:bdr/@w:sz`. */
export function mmToEighthPoints(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 72 * 8)
}

/** Chinese type sizes (号) in points. */
export const typeSize = {
  /** 2号: the title (§7.3.1). */
  er: 22,
  /** 3号: body, headings, 主送, 署名, 日期, 附注 (§7.3). */
  san: 16,
  /** 4号: 版记 (§7.4) and page numbers (§7.5); also table text. */
  si: 14,
} as const

/** §5.2.1: A4 paper, 210 × 297 mm. */
export const page = { width: mmToTwips(210), height: mmToTwips(297) } as const

/** §5.2.2: 天头 37 mm, 订口 28 mm; the 版心 is 156 × 225 mm, which leaves 35 mm below and 26 mm on the right. */
export const margins = {
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
} as const

/** 版心 width in twips (156 mm). */
export const textWidth = page.width - margins.left - margins.right
/** 版心 height in twips (225 mm). */
export const textHeight = page.height - margins.top - margins.bottom

/** §5.2.3: 22 lines of 28 characters per page. */
export const linesPerPage = 22
export const charsPerLine = 28

/**
 * Line pitch: 28.95 pt, not 29: 29 pt × 22 = 638 pt overruns the 637.8 pt 版心 and gives only 21 lines.
 * Used as `docGrid/@linePitch` and as the exact line spacing of every 3号 line.
 */
export const linePitch = 579

/**
 * `docGrid/@charSpace` in 1/4096 pt relative to the 16 pt base: 16 − 849/4096 = 15.79 pt per character,
 * and 442.2 pt / 15.79 pt = 28.0 characters. −848 would already give only 27.
 */
export const gridCharSpace = -849

/**
 * Tracking on every run (twips, −0.3 pt): LibreOffice 7.4 breaks a 16 pt glyph in a 15.79 pt grid cell over two cells
 * (14 characters a line), so our paragraphs don't snap to the character grid and reach 28 characters with tracking:
 * 28 × 15.7 pt = 439.6 pt ≤ 442.2 pt < 29 × 15.7 pt. −0.25 pt still gives 27 in LibreOffice.
 */
export const bodyTracking = -6

/**
 * Tracking (twips, +0.15 pt) of a 正文 paragraph set loose to fill a page a keep left short (page-fill.ts): 27
 * characters a line with room to spare on both sides, 27 × 16.15 pt = 436 pt ≤ 442.2 pt < 28 × 16.15 pt, and
 * 27 too where Word snaps characters to the grid's 15.79 pt cells (28 × 15.94 pt > 442.2 pt).
 */
export const looseTracking = 3

/**
 * Tracking (twips, +0.7 pt) of the one 正文 paragraph a page fill may set looser still where 27 characters a line
 * cannot fill the page (page-fill.ts): 26 characters a line, 26 × 16.7 pt = 434.2 pt ≤ 442.2 pt < 27 × 16.7 pt, and
 * 24 after the first line's indent (410.2 pt).
 */
export const stretchTracking = 14

/**
 * Tracking (twips, −0.9 pt) of a 正文 paragraph set tight to make room for the 版记 on the last page (imprint-room.ts),
 * the other remedy of §7.4's 调整字距: 29 characters a line, 29 × 15.1 pt = 438 pt ≤ 442.2 pt < 30 × 15.1 pt, and 27
 * after the first line's indent.
 */
export const tightTracking = -18

/** One 3号 character in twips (16 pt), the unit of 3号 indents (`firstLineChars=200` ⇔ 640 twips). */
export const sanChar = ptToTwips(typeSize.san)
/** §7.3.3: the 2 字 first-line indent of 正文 and 附注, as Word shows it (`firstLineChars`) and in twips for readers
 * that ignore character units. */
export const bodyFirstLineIndent = { firstLine: 2 * sanChar, firstLineChars: 200 } as const

/** One 4号 character in twips (14 pt), the unit of 版记 and page-number indents. */
export const siChar = ptToTwips(typeSize.si)

/** §7.2.2: the top edge of the 发文机关标志 sits 35 mm below the top of the 版心. */
export const markTopOffset = mmToTwips(35)

/** §7.2.5: the red separator sits 4 mm below the 发文字号. */
export const docNumberRuleGap = mmToTwips(4)

/** Red of the 发文机关标志 and the separator (§7.2.2, §7.2.5). */
export const officialRed = 'FF0000'

/** §7.4.1: 版记 rules: first and last thick (0.35 mm ≈ 1 pt), those between thin (0.25 mm ≈ 0.75 pt). */
export const imprintRule = { thick: mmToEighthPoints(0.35), thin: mmToEighthPoints(0.25) } as const

/** Red separator (§7.2.5 gives no width; 1 pt is what printed 红头 documents use). */
export const redRuleWidth = 8

/**
 * §7.5: the 一字线 of the page number sits 7 mm below the 版心. The dash is at mid-height of the 14 pt number line,
 * so that line spans 7 mm − 7 pt … 7 mm + 7 pt below the 版心, and its bottom — what `pgMar/@footer` measures from
 * the page edge — is 35 mm − 7 mm − 7 pt above the bottom of the page.
 */
export const footerDistance = mmToTwips(35 - 7) - ptToTwips(typeSize.si / 2)
