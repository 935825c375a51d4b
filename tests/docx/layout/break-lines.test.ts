// Line breaking of the print preview, on the rules LibreOffice applies to the exported 正文 (break-lines.ts).
import { describe, expect, it } from 'vitest'
import { breakLines } from '../../../renderer/docx/layout/break-lines'

/** The body measure: 3号 with −0.3 pt tracking, 2-字 first-line indent, 442.2 pt 版心. */
const body = { size: 16, tracking: -0.3, firstWidth: 442.2 - 32, width: 442.2 }

function lines(text: string, options = body): string[] {
  const chars = [...text]
  return breakLines(text, options).map((box) => chars.slice(box.start, box.end).join(''))
}

const han = (n: number): string => '法治政府建设年度报告'.repeat(10).slice(0, n)

describe('breakLines', () => {
  it.each([
    { text: han(26), expected: [han(26)] },
    { text: han(27), expected: [han(26), han(27).slice(26)] },
    { text: han(26 + 28 + 3), expected: [han(26), han(54).slice(26), han(57).slice(54)] },
  ])('sets 26 characters after the indent and 28 on the other lines ($text.length)', ({ text, expected }) => {
    expect(lines(text)).toEqual(expected)
  })

  it.each(['，', '。', '、', '．'])(
    'pulls the last character down with a %s that would start a line: nothing hangs in the margin',
    (mark) => {
      const text = `${han(26)}${mark}${han(5)}`
      expect(lines(text)).toEqual([han(25), `${han(26).slice(25)}${mark}${han(5)}`])
    },
  )

  it.each(['，', '、', '。', '）'])(
    'keeps a %s with the digits or letters after it and breaks before the character ahead of it, as LibreOffice sets 依法履职，2023年',
    (mark) => {
      // the mark itself would fit at the end of the first line (24 + 1 of 26), the number after it not
      for (const tail of ['2023年度', 'ABC系统']) {
        const text = `${han(24)}${mark}${tail}`
        expect(lines(text)).toEqual([han(23), `${han(24).slice(23)}${mark}${tail}`])
      }
    },
  )

  it('puts no autospace between a full-width mark and a Latin word: 报；APP fits where 报告APP does not', () => {
    // on a full line: 26 characters (408.5 pt), APP (29.65 pt) and the 1.2 pt kept free come to 439.35 pt after
    // ；, and 3.2 pt more after an ideograph, over the 442.2 pt measure
    expect(lines(`${han(26)}${han(25)}；APP系统`)[1]).toBe(`${han(25)}；APP`)
    expect(lines(`${han(26)}${han(26)}APP系统`)[1]).toBe(han(26))
  })

  it('lets % start a line, as LibreOffice does, and keeps - off the start', () => {
    expect(lines(`${han(26)}%${han(3)}`)).toEqual([han(26), `%${han(3)}`])
    expect(lines(`${han(26)}-${han(3)}`)).toEqual([han(25), `${han(26).slice(25)}-${han(3)}`])
  })

  it('breaks a figure at a dash: （2023—2025年） may end a line with 2023 or with the dash', () => {
    const broken = lines(`${han(20)}（2023—2025年）${han(10)}`)
    expect(broken[0]!.endsWith('2023') || broken[0]!.endsWith('—')).toBe(true)
  })

  it('sets a space after Chinese text in the Chinese font, narrower than a Latin space', () => {
    // 27 characters and four spaces of 0.224 em fill 437.3 pt of a full line; DejaVu's spaces (0.32 em) would not fit
    const spaced = `${han(7)} ${han(7)} ${han(7)} ${han(3)} ${han(3)}`
    expect(lines(`${han(26)}${spaced}${han(5)}`)[1]).toBe(spaced)
  })

  it('pulls the last character down with a closing quote (避头尾)', () => {
    const text = `“${han(25)}”${han(3)}`
    expect(lines(text)).toEqual([`“${han(24)}`, `${han(25).slice(24)}”${han(3)}`])
  })

  it('keeps an opening mark off the end of a line', () => {
    const text = `${han(25)}“治”${han(3)}`
    expect(lines(text)).toEqual([han(25), `“治”${han(3)}`])
  })

  it('keeps a number whole and moves it to the next line when it does not fit', () => {
    const text = `${han(25)}2023年`
    expect(lines(text)).toEqual([han(25), '2023年'])
  })

  it('gives an empty paragraph one empty line', () => {
    expect(breakLines('', body)).toEqual([{ start: 0, end: 0, margin: Number.POSITIVE_INFINITY }])
  })
})
