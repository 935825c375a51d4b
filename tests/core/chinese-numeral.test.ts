import { describe, expect, it } from 'vitest'
import { chineseNumeralValue } from '../../renderer/core/chinese-numeral'

describe('chineseNumeralValue', () => {
  it.each([
    ['九', 9],
    ['十', 10],
    ['十八', 18],
    ['二十', 20],
    ['三十一', 31],
    ['一百零五', 105],
    ['一百一十', 110],
    ['三千二百', 3200],
    ['两千', 2000],
    ['一万二千', 12000],
  ])('reads %s as %i', (text, value) => {
    expect(chineseNumeralValue(text)).toBe(value)
  })

  it.each(['', '二三', '十十', '百', '千', '一百一', '三千二', '十a'])('refuses “%s”', (text) => {
    expect(chineseNumeralValue(text)).toBeNull()
  })
})
