import { describe, expect, it } from 'vitest'
import { sanChar, textWidth as textAreaTwips } from '../../../renderer/docx/export/gbt9704'
import { type SignatureLine, signatureLayout } from '../../../renderer/docx/export/signature'
import { textWidth } from '../../../renderer/core/text-width'

/** The 版心 width in 字. */
const AREA = textAreaTwips / sanChar

/** Where a line's text starts and ends, in 字 from the left of the 版心 (widths as 仿宋_GB2312 sets them). */
function extent(text: string, line: SignatureLine): { start: number; end: number } {
  const start = line.edge === 'left' ? line.indent : AREA - line.indent - textWidth(text)
  return { start, end: start + textWidth(text) }
}

const unsealed = (issuers: readonly string[], date: string) => {
  const layout = signatureLayout(issuers, date, false)
  const last = issuers.length - 1
  return {
    layout,
    issuer: (index = last) => extent(issuers[index]!, layout.issuers[index]!),
    date: () => extent(date, layout.date!),
  }
}

describe('signatureLayout (GB/T 9704 §7.3.5)', () => {
  it('unsealed, 署名 longer than the date allows: 署名 右空二字, date starts 2 字 right of it', () => {
    const { issuer, date } = unsealed(['某某县某某镇人民政府办公室'], '2024年3月18日')
    expect(AREA - issuer().end).toBe(2)
    expect(date().start - issuer().start).toBe(2)
    expect(AREA - date().end).toBeGreaterThanOrEqual(2)
  })

  it('unsealed, date longer: date 右空二字 and the 署名 moves left to keep the 2 字 offset', () => {
    const { issuer, date } = unsealed(['北留镇人民政府'], '2024年1月25日')
    expect(AREA - date().end).toBe(2)
    expect(date().start - issuer().start).toBe(2)
    expect(AREA - issuer().end).toBeGreaterThan(2)
  })

  it.each(['2024年1月5日', '2024年12月31日', '二〇二四年一月五日'])(
    'unsealed: the date %s starts exactly 2 字 right of 署名 of 4 to 20 characters, set from the left',
    (dateText) => {
      for (let length = 4; length <= 20; length += 1) {
        const name = '某某县某某镇人民政府法治建设领导小组办公室'.slice(0, length - 2) + '政府'
        const { layout, issuer, date } = unsealed([name], dateText)
        expect(layout.issuers[0]!.edge).toBe('left')
        expect(layout.date!.edge).toBe('left')
        // exact in twips, whatever widths a renderer gives the characters
        expect(
          Math.round(layout.date!.indent * sanChar) - Math.round(layout.issuers[0]!.indent * sanChar),
        ).toBe(2 * sanChar)
        expect(Math.min(AREA - issuer().end, AREA - date().end)).toBe(2)
      }
    },
  )

  it('several bodies: one line each, sharing the right edge of the last, the date 2 字 in from the last', () => {
    const issuers = ['中共清江镇委员会', '清江镇人民政府']
    for (const dateText of ['2024年3月18日', '2024年12月31日']) {
      const { issuer, date } = unsealed(issuers, dateText)
      expect(issuer(0).end).toBe(issuer(1).end)
      expect(date().start - issuer(1).start).toBe(2)
    }
  })

  it('sealed: date 右空四字, 署名 centred over it, both right-aligned', () => {
    const issuer = '清江镇人民政府'
    const date = '2024年3月18日'
    const layout = signatureLayout([issuer], date, true)
    expect(layout.date).toEqual({ edge: 'right', indent: 4 })
    const centre = (text: string, line: SignatureLine): number => {
      const { start, end } = extent(text, line)
      return (start + end) / 2
    }
    expect(layout.issuers[0]!.edge).toBe('right')
    expect(centre(issuer, layout.issuers[0]!)).toBeCloseTo(centre(date, layout.date!), 5)
  })

  it('without a date: each 署名 右空二字, right-aligned', () => {
    expect(signatureLayout(['清江镇人民政府'], null, false)).toEqual({
      issuers: [{ edge: 'right', indent: 2 }],
      date: null,
    })
  })
})
