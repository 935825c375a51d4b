import { describe, expect, it } from 'vitest'
import { dateExists, formatDateText, parseDateText, readDateText } from '../../renderer/core/date-text'

describe('parseDateText', () => {
  const cases: readonly [string, string | null, readonly string[]][] = [
    ['2024年3月18日', '2024-03-18', []],
    ['2024 年 3 月 18 日', '2024-03-18', []],
    ['2024年03月08日', '2024-03-08', ['leading-zero']],
    ['二〇二四年三月十八日', '2024-03-18', ['chinese-numerals']],
    ['二〇二三年十二月二十六日', '2023-12-26', ['chinese-numerals']],
    ['二〇二四年一月九日', '2024-01-09', ['chinese-numerals']],
    ['2024.3.18', '2024-03-18', ['separator']],
    ['2024-03-18', '2024-03-18', ['separator']],
    ['2024年13月1日', null, []],
    ['2024年3月18日印发', null, []],
    ['我镇于2024年3月18日召开会议', null, []],
  ]
  it.each(cases)('%s → %s', (text, iso, problems) => {
    const parsed = parseDateText(text)
    expect(parsed?.iso ?? null).toBe(iso)
    if (parsed !== null) expect(parsed.problems).toEqual(problems)
  })

  it('formats the GB/T 9704 way', () => {
    expect(formatDateText({ year: 2024, month: 3, day: 8 })).toBe('2024年3月8日')
  })
})

describe('readDateText and dateExists', () => {
  // written, the parts read, whether that day is on the calendar
  const cases: readonly [string, readonly [number, number, number] | null, boolean][] = [
    ['2024年3月18日', [2024, 3, 18], true],
    ['2025年2月28日', [2025, 2, 28], true],
    ['2024年2月29日', [2024, 2, 29], true],
    ['2000年2月29日', [2000, 2, 29], true],
    ['2025年2月29日', [2025, 2, 29], false],
    ['2100年2月29日', [2100, 2, 29], false],
    ['2025年2月30日', [2025, 2, 30], false],
    ['2024年4月31日', [2024, 4, 31], false],
    ['2024年11月31日', [2024, 11, 31], false],
    ['2024年12月31日', [2024, 12, 31], true],
    ['2024年13月1日', [2024, 13, 1], false],
    ['2024年0月5日', [2024, 0, 5], false],
    ['2024年3月0日', [2024, 3, 0], false],
    ['2024年6月32日', [2024, 6, 32], false],
    ['二〇二四年十三月一日', [2024, 13, 1], false],
    ['2024.2.30', [2024, 2, 30], false],
    ['2024年3月18日印发', null, false],
    ['1024年3月18日', null, false],
  ]
  it.each(cases)('%s → %j, exists: %s', (text, parts, exists) => {
    const read = readDateText(text)
    expect(read === null ? null : [read.year, read.month, read.day]).toEqual(parts)
    if (read !== null) expect(dateExists(read)).toBe(exists)
    // only a day that exists gets an ISO date
    expect(parseDateText(text) !== null).toBe(exists)
  })
})
