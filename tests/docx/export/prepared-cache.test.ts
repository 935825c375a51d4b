import { describe, expect, it } from 'vitest'
import { PreparedCache } from '../../../renderer/docx/export/prepared-once'

describe('PreparedCache', () => {
  it('makes each key once and gives the same value after', () => {
    const cache = new PreparedCache<{ key: string }>()
    let made = 0
    const make = (key: string) => () => {
      made += 1
      return { key }
    }
    const a = cache.get('a', make('a'))
    expect(cache.get('a', make('a'))).toBe(a)
    expect(cache.get('b', make('b'))).toEqual({ key: 'b' })
    expect(made).toBe(2)
  })

  it('starts over when full, so keys that follow the text cannot grow it without end', () => {
    const cache = new PreparedCache<number>(3)
    let made = 0
    const make = () => ++made
    for (const key of ['a', 'b', 'c']) cache.get(key, make)
    expect(cache.get('a', make)).toBe(1)
    cache.get('d', make) // the fourth key: the cache is emptied first
    expect(cache.get('a', make)).toBe(5)
    expect(made).toBe(5)
  })
})
