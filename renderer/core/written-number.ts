// The value of a heading number as a writer typed it — 四、 (二) （十二） 3． （4） 第三部分 ② — so a number that
// the export changes (it numbers by position, heading-number.ts) can be told from one it only writes in form.
import { chineseNumeralValue } from './chinese-numeral'

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

/** 四、 → 4, (二) → 2, 3． → 3, 第三部分 → 3, ② → 2; null when it holds no number. */
export function writtenNumberValue(written: string): number | null {
  const digits = /\d{1,2}/.exec(written)
  if (digits !== null) return Number(digits[0])
  const numeral = /[一二三四五六七八九十]{1,3}/.exec(written)
  if (numeral !== null) return chineseNumeralValue(numeral[0])
  const circled = CIRCLED.indexOf(written.trim().charAt(0))
  return circled === -1 ? null : circled + 1
}
