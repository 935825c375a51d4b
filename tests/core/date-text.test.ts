import { describe, expect, it } from 'vitest'
import { formatDateText, parseDateText } from '../../renderer/core/date-text'

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
