// 成文日期 / 印发日期 as written → parts and ISO, noting what GB/T 9704 §7.3.5 forbids:
// leading zeros (2024年03月08日), Chinese numerals (二〇二四年三月十八日), dots or dashes.
import { CHINESE_DIGITS, chineseNumeralValue } from './chinese-numeral'

export type DateProblem = 'leading-zero' | 'chinese-numerals' | 'separator'

export interface DateText {
  readonly year: number
  readonly month: number
  readonly day: number
  /** YYYY-MM-DD. */
  readonly iso: string
  readonly problems: readonly DateProblem[]
}

// 二〇二四 is also typed with a circle or a letter O
const cnDigit: Readonly<Record<string, number>> = { ...CHINESE_DIGITS, '○': 0, O: 0, Ｏ: 0 }

/** Matches a date anywhere in a line; used to find 2024年3月18日印发 and the like. */
export const DATE_PATTERN_SOURCE =
  '(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇○零OＯ一二三四五六七八九]{4}\\s*年[一二三十]{1,3}月[一二三十四五六七八九]{1,3}日|\\d{4}[.．/-]\\d{1,2}[.．/-]\\d{1,2}日?)'

function build(year: number, month: number, day: number, problems: DateProblem[]): DateText | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1949 || year > 2200) return null
  const iso = `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { year, month, day, iso, problems }
}

/** Parses a line that is only a date (spaces and a closing 。 allowed); null otherwise. */
export function parseDateText(raw: string): DateText | null {
  const text = raw.replace(/\s+/g, '').replace(/。$/, '')
  const arabic = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text)
  if (arabic !== null) {
    const [, y = '', m = '', d = ''] = arabic
    const problems: DateProblem[] = m.startsWith('0') || d.startsWith('0') ? ['leading-zero'] : []
    return build(Number(y), Number(m), Number(d), problems)
  }
  const chinese =
    /^([〇○零OＯ一二三四五六七八九]{4})年([一二三十]{1,3})月([一二三十四五六七八九]{1,3})日$/.exec(text)
  if (chinese !== null) {
    const [, y = '', m = '', d = ''] = chinese
    const year = Number([...y].map((c) => String(cnDigit[c] ?? 0)).join(''))
    const month = chineseNumeralValue(m)
    const day = chineseNumeralValue(d)
    if (month === null || day === null) return null
    return build(year, month, day, ['chinese-numerals'])
  }
  const separated = /^(\d{4})[.．/-](\d{1,2})[.．/-](\d{1,2})日?$/.exec(text)
  if (separated !== null) {
    const [, y = '', m = '', d = ''] = separated
    return build(Number(y), Number(m), Number(d), ['separator'])
  }
  return null
}

/** The form GB/T 9704 wants: 2024年3月18日. */
export function formatDateText(date: Pick<DateText, 'year' | 'month' | 'day'>): string {
  return `${String(date.year)}年${String(date.month)}月${String(date.day)}日`
}
