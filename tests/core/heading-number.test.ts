import { describe, expect, it } from 'vitest'
import { chineseNumeral, HeadingCounter, headingNumber } from '../../renderer/core/heading-number'

describe('headingNumber', () => {
  const cases = [
    { level: 1, n: 1, expected: '一、' },
    { level: 1, n: 10, expected: '十、' },
    { level: 1, n: 12, expected: '十二、' },
    { level: 2, n: 3, expected: '（三）' },
    { level: 2, n: 20, expected: '（二十）' },
    { level: 3, n: 4, expected: '4.' },
    { level: 4, n: 11, expected: '（11）' },
  ] as const
  it.each(cases)('level $level #$n → $expected', ({ level, n, expected }) => {
    expect(headingNumber(level, n)).toBe(expected)
  })

  it('writes 35 as 三十五, and out-of-range numbers in arabic rather than failing', () => {
    expect(chineseNumeral(35)).toBe('三十五')
    expect(chineseNumeral(0)).toBe('0')
    expect(chineseNumeral(120)).toBe('120')
  })
})

describe('HeadingCounter', () => {
  it('numbers by position and restarts deeper levels under a new parent', () => {
    const counter = new HeadingCounter()
    const seen = [1, 2, 2, 3, 3, 2, 3, 1, 2, 4].map((level) => counter.next(level as 1 | 2 | 3 | 4))
    expect(seen).toEqual(['一、', '（一）', '（二）', '1.', '2.', '（三）', '1.', '二、', '（一）', '（1）'])
  })

  it('counts a typed list line that continues the count, and none of a list restarted under an item', () => {
    const counter = new HeadingCounter()
    counter.next(2)
    counter.listed(3, 1)
    expect(counter.next(3)).toBe('2.')
    counter.listed(3, 1)
    counter.listed(3, 2)
    expect(counter.next(3)).toBe('3.')
    counter.listed(3, 4)
    expect(counter.next(3)).toBe('5.')
  })
})
