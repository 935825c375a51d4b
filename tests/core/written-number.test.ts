// The value of a heading number as typed, in every form a writer uses: a renumbering is a change of value only.
import { describe, expect, it } from 'vitest'
import { writtenNumberValue } from '../../renderer/core/written-number'

describe('writtenNumberValue', () => {
  it.each([
    ['四、', 4],
    ['（十二）', 12],
    ['(二)', 2],
    ['3．', 3],
    ['１２．', 12],
    ['（３）', 3],
    ['第三部分', 3],
    ['②', 2],
    ['Ⅳ、', 4],
    ['Ⅻ、', 12],
    ['肆、', 4],
    ['拾贰、', 12],
    ['貳、', 2],
    ['參、', 3],
    ['陸、', 6],
  ] as const)('%s is %i', (written, value) => {
    expect(writtenNumberValue(written)).toBe(value)
  })

  it('is null for what holds no number', () => {
    expect(writtenNumberValue('、')).toBeNull()
    expect(writtenNumberValue('（）')).toBeNull()
  })
})
