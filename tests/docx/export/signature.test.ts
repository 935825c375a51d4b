import { describe, expect, it } from 'vitest'
import { signatureLayout } from '../../../renderer/docx/export/signature'
import { textWidth } from '../../../renderer/docx/export/text-width'

/** Start of a right-aligned text in 字 from the left of a 28-字 line. */
const start = (text: string, gap: number): number => 28 - gap - textWidth(text)

describe('signatureLayout (GB/T 9704 §7.3.5)', () => {
  it('unsealed, 署名 longer than the date allows: 署名 右空二字, date starts 2 字 right of it', () => {
    const issuer = '某某县某某镇人民政府办公室'
    const date = '2024年3月18日'
    const layout = signatureLayout([issuer], date, false)
    expect(layout.issuerGaps).toEqual([2])
    expect(start(date, layout.dateGap!) - start(issuer, 2)).toBe(2)
  })

  it('unsealed, date longer: date 右空二字 and the 署名 moves left to keep the 2 字 offset', () => {
    const issuer = '北留镇人民政府'
    const date = '2024年1月25日'
    const layout = signatureLayout([issuer], date, false)
    expect(layout.dateGap).toBe(2)
    expect(start(date, 2) - start(issuer, layout.issuerGaps[0]!)).toBe(2)
  })

  it('several bodies: one line each, sharing the right edge of the last', () => {
    const layout = signatureLayout(['中共清江镇委员会', '清江镇人民政府'], '2024年3月18日', false)
    expect(layout.issuerGaps).toHaveLength(2)
    expect(new Set(layout.issuerGaps).size).toBe(1)
  })

  it('sealed: date 右空四字, 署名 centred over it', () => {
    const issuer = '清江镇人民政府'
    const date = '2024年3月18日'
    const layout = signatureLayout([issuer], date, true)
    expect(layout.dateGap).toBe(4)
    const centre = (text: string, gap: number): number => start(text, gap) + textWidth(text) / 2
    expect(centre(issuer, layout.issuerGaps[0]!)).toBeCloseTo(centre(date, 4), 5)
  })
})
