// Character advances as LibreOffice sets the exported .docx on the machines the app is checked on (Debian,
// UOS/Kylin without the commercial fonts): CJK characters and full-width punctuation are one em; Latin letters,
// digits and ASCII punctuation fall back to DejaVu Sans, whose digits are 0.64 em, not the half em of 仿宋_GB2312
// (0.70 em in DejaVu Sans Bold, for bold runs).
// The print preview breaks lines with these figures so that its pages end where LibreOffice's do.

/** DejaVu Sans advance widths, U+0020–U+007E, in 1/2048 em (its hmtx table). */
const LATIN_ADVANCES = [
  651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303, 1303, 1303,
  1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577,
  1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401,
  2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569,
  569, 1186, 569, 1995, 1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690,
  1303, 1716,
] as const
/** DejaVu Sans Bold's, for bold runs: LibreOffice sets bold figures and letters in the bold face, a tenth wider. */
const LATIN_BOLD_ADVANCES = [
  713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748, 1425, 1425, 1425,
  1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048, 1585, 1561, 1503, 1700,
  1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501, 1741, 1577, 1475, 1397, 1663, 1585,
  2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702,
  702, 1362, 702, 2134, 1458, 1407, 1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458,
  748, 1458, 1716,
] as const
const UNITS_PER_EM = 2048
/** Latin-1 and Latin Extended letters and signs (·, é …) without an entry above: DejaVu's common width. */
const OTHER_LATIN_ADVANCE = 1303
const OTHER_LATIN_BOLD_ADVANCE = 1425

// Code point ranges, compared as numbers: the preview and the 版记's placement measure every character of a report,
// and a regular expression per character cost more than the line breaking itself (`npm run bench`).

export type Script = 'asian' | 'western'

/** Characters LibreOffice sets in the Western font (script type LATIN, U+0020–U+024F), not in the Asian one. */
export function isWestern(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code >= 0x20 && code <= 0x24f
}

/**
 * Characters of no script of their own (WEAK): spaces, General Punctuation and Letterlike Symbols. LibreOffice sets
 * them in the script of the character before them, so a “ after 利用 is a full-width Chinese quote but the ” closing
 * “4.15” is DejaVu's narrow Latin one, the space in 北留镇 2023 is the Chinese font's, and the ℃ of 25℃ DejaVu's.
 */
function isWeak(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return (
    code === 0x20 || code === 0xa0 || (code >= 0x2010 && code <= 0x206f) || (code >= 0x2100 && code <= 0x214f)
  )
}

/** A space set in the Chinese font (Noto CJK, the fallback of 仿宋_GB2312 here): measured 72 twips at 3号. */
const ASIAN_SPACE_EM = 0.224

/** The script each character is set in: weak punctuation follows the one before it (the next one at the start). */
export function scripts(chars: readonly string[]): Script[] {
  const strong = chars.map((char): Script | null =>
    isWeak(char) ? null : isWestern(char) ? 'western' : 'asian',
  )
  const first = strong.find((script) => script !== null) ?? 'asian'
  let previous: Script = first
  return strong.map((script) => (previous = script ?? previous))
}

/** DejaVu Sans advances of the Latin-1, General Punctuation and Letterlike characters reports use (℃ №). */
const OTHER_ADVANCES: Readonly<Record<number, number>> = {
  0xa0: 651,
  0xb7: 651,
  0x2013: 1024,
  0x2014: 2048,
  0x2018: 651,
  0x2019: 651,
  0x201c: 1061,
  0x201d: 1061,
  0x2026: 2048,
  0x2103: 2300,
  0x2116: 2130,
  0x2122: 2048,
}
const OTHER_BOLD_ADVANCES: Readonly<Record<number, number>> = {
  0xa0: 713,
  0xb7: 778,
  0x2013: 1024,
  0x2014: 2048,
  0x2018: 778,
  0x2019: 778,
  0x201c: 1346,
  0x201d: 1346,
  0x2026: 2048,
  0x2103: 2480,
  0x2116: 2464,
  0x2122: 2048,
}

/** A Western face's advances: U+0020–U+007E, the other characters reports use, and the rest. */
interface WesternFace {
  readonly ascii: readonly number[]
  readonly other: Readonly<Record<number, number>>
  readonly fallback: number
}
const REGULAR: WesternFace = { ascii: LATIN_ADVANCES, other: OTHER_ADVANCES, fallback: OTHER_LATIN_ADVANCE }
const BOLD: WesternFace = {
  ascii: LATIN_BOLD_ADVANCES,
  other: OTHER_BOLD_ADVANCES,
  fallback: OTHER_LATIN_BOLD_ADVANCE,
}

/** Advance of one character at `size` points in the given script, bold or not, before tracking. */
export function advance(
  char: string,
  size: number,
  script: Script = isWestern(char) ? 'western' : 'asian',
  bold = false,
): number {
  // the Chinese font has no bold face: LibreOffice emboldens it in place, at the same advances
  if (script === 'asian') return char === ' ' || char === '\u00a0' ? ASIAN_SPACE_EM * size : size
  const face = bold ? BOLD : REGULAR
  const code = char.codePointAt(0) ?? 0
  const units = (code >= 0x20 && code <= 0x7e ? face.ascii[code - 0x20] : face.other[code]) ?? face.fallback
  return (units * size) / UNITS_PER_EM
}
