// 成文日期 / 印发日期 as written → parts and ISO, noting what GB/T 9704 §7.3.5 forbids:
// leading zeros (2024年03月08日), Chinese numerals (二〇二四年三月十八日), dots or dashes.
// A line shaped like a date that names no day of the calendar (2月30日, 13月) is still read as one, so
// import keeps it in its place and the check can say the day does not exist; only real days get an ISO.
import { CHINESE_DIGITS, chineseNumeralValue } from './chinese-numeral'

export type DateProblem = 'leading-zero' | 'chinese-numerals' | 'separator'

export interface DateParts {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** A line written as a date, whether or not that day exists. */
export interface WrittenDate extends DateParts {
  readonly problems: readonly DateProblem[]
}

/** A date that names a real day. */
export interface DateText extends WrittenDate {
  /** YYYY-MM-DD. */
  readonly iso: string
}

// 二〇二四 is also typed with a circle or a letter O
const cnDigit: Readonly<Record<string, number>> = { ...CHINESE_DIGITS, '○': 0, O: 0, Ｏ: 0 }

/** Matches a date anywhere in a line; used to find 2024年3月18日印发 and the like. */
export const DATE_PATTERN_SOURCE =
  '(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇○零OＯ一二三四五六七八九]{4}\\s*年[一二三十]{1,3}月[一二三十四五六七八九]{1,3}日|\\d{4}[.．/-]\\d{1,2}[.．/-]\\d{1,2}日?)'

function written(year: number, month: number, day: number, problems: DateProblem[]): WrittenDate | null {
  // a four-digit number before 年 outside these years is not a date of this kind of document
  if (year < 1949 || year > 2200) return null
  return { year, month, day, problems }
}

/** Gregorian leap years: every fourth, but not the centuries other than every fourth one (2000, not 2100). */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Whether the parts name a day of the calendar (not 2月30日, 13月, 0日). */
export function dateExists({ year, month, day }: DateParts): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * Reads a line that is only a date (spaces and a closing 。 allowed), whether or not the day exists;
 * null for anything else. Import recognises the 成文日期 line by this.
 */
export function readDateText(raw: string): WrittenDate | null {
  const text = raw.replace(/\s+/g, '').replace(/。$/, '')
  const arabic = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text)
  if (arabic !== null) {
    const [, y = '', m = '', d = ''] = arabic
    const problems: DateProblem[] = m.startsWith('0') || d.startsWith('0') ? ['leading-zero'] : []
    return written(Number(y), Number(m), Number(d), problems)
  }
  const chinese =
    /^([〇○零OＯ一二三四五六七八九]{4})年([一二三十]{1,3})月([一二三十四五六七八九]{1,3})日$/.exec(text)
  if (chinese !== null) {
    const [, y = '', m = '', d = ''] = chinese
    const year = Number([...y].map((c) => String(cnDigit[c] ?? 0)).join(''))
    const month = chineseNumeralValue(m)
    const day = chineseNumeralValue(d)
    if (month === null || day === null) return null
    return written(year, month, day, ['chinese-numerals'])
  }
  const separated = /^(\d{4})[.．/-](\d{1,2})[.．/-](\d{1,2})日?$/.exec(text)
  if (separated !== null) {
    const [, y = '', m = '', d = ''] = separated
    return written(Number(y), Number(m), Number(d), ['separator'])
  }
  return null
}

/** Parses a line that is only a date of a day that exists; null otherwise (see readDateText). */
export function parseDateText(raw: string): DateText | null {
  const date = readDateText(raw)
  if (date === null || !dateExists(date)) return null
  const iso = `${String(date.year)}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
  return { ...date, iso }
}

/** The form GB/T 9704 wants: 2024年3月18日. */
export function formatDateText(date: Pick<DateText, 'year' | 'month' | 'day'>): string {
  return `${String(date.year)}年${String(date.month)}月${String(date.day)}日`
}
