// Width in 字: CJK and full-width punctuation one 字, ASCII and Latin half, a character beyond the BMP one 字.
import { describe, expect, it } from 'vitest'
import { textWidth } from '../../renderer/core/text-width'

const cases: { text: string; width: number }[] = [
  { text: '', width: 0 },
  { text: '清江镇人民政府', width: 7 },
  { text: '2024年3月18日', width: 2 + 1 + 0.5 + 1 + 1 + 1 },
  { text: '（一）', width: 3 },
  { text: 'é ü', width: 1.5 },
  { text: '“八五”普法', width: 6 },
  { text: '𠀀镇', width: 2 },
]

describe('textWidth', () => {
  it.each(cases)('$text → $width 字', ({ text, width }) => {
    expect(textWidth(text)).toBe(width)
  })
})
