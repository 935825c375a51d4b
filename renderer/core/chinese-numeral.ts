// The value of a Chinese numeral as counts are written in prose (十二, 二十五, 一百零五, 三千二百), so a count a
// writer spelled out can be offered in arabic digits. Below 十万; null for anything else.
/** The digits as they stand in numerals and in years read digit by digit (二〇二四). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 }

export function chineseNumeralValue(text: string): number | null {
  if (text.length === 0) return null
  let total = 0
  let digit: number | null = null
  let lastUnit = Infinity
  for (const char of text) {
    const value = CHINESE_DIGITS[char]
    if (value !== undefined) {
      // 二三 is not a number (it is 二三个, "two or three"); 一百零五 has its 零 between
      if (digit !== null && digit !== 0) return null
      digit = value
      continue
    }
    const unit = UNITS[char]
    if (unit === undefined || unit >= lastUnit) return null
    // 十二 starts with its unit (one ten); 百 or 千 alone is a word (百人, 千家万户), not a count
    if (digit === null && (unit !== 10 || total !== 0)) return null
    total += (digit ?? 1) * unit
    digit = null
    lastUnit = unit
  }
  // 一百一 is said for 110 and 三千二 for 3200: too loose to rewrite
  if (digit !== null && digit !== 0 && lastUnit > 10 && lastUnit !== Infinity && !text.includes('零'))
    return null
  return total + (digit ?? 0)
}
