// The value of a heading number as a writer typed it — 四、 (二) （十二） 3． （4） 第三部分 ② Ⅳ、 肆、 ３． — so a number
// that the export changes (it numbers by position, heading-number.ts) can be told from one it only writes in form.
import { chineseNumeralValue } from './chinese-numeral'

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
const ROMAN = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ'
/** 大写数字 as the plain numerals they stand for. */
const CAPITALS: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  叄: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
}

const CAPITAL = new RegExp(`[${Object.keys(CAPITALS).join('')}]`, 'g')

/** Full-width digits (０-９) as ASCII. */
function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
}

/** 四、 → 4, (二) → 2, 3． → 3, 第三部分 → 3, ② → 2, Ⅳ、 → 4, 肆、 → 4; null when it holds no number. */
export function writtenNumberValue(written: string): number | null {
  const plain = halfWidthDigits(written).replace(CAPITAL, (capital) => CAPITALS[capital] ?? capital)
  const digits = /\d{1,2}/.exec(plain)
  if (digits !== null) return Number(digits[0])
  const numeral = /[一二三四五六七八九十]{1,3}/.exec(plain)
  if (numeral !== null) return chineseNumeralValue(numeral[0])
  const first = plain.trim().charAt(0)
  const circled = CIRCLED.indexOf(first)
  if (circled !== -1) return circled + 1
  const roman = ROMAN.indexOf(first)
  return roman === -1 ? null : roman + 1
}
