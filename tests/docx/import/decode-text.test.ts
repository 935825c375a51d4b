import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../renderer/docx/import/decode-text'

const fixtures = new URL('../../fixtures/reports/', import.meta.url)
const utf8 = readFileSync(new URL('nanhu-2023.txt', fixtures))
const gb18030 = readFileSync(new URL('nanhu-2023-gb18030.txt', fixtures))

describe('decodeText', () => {
  it('decodes UTF-8 and GB18030 to the same text', () => {
    const a = decodeText(new Uint8Array(utf8))
    const b = decodeText(new Uint8Array(gb18030))
    expect(gb18030.equals(utf8)).toBe(false)
    expect(a.ok && b.ok && a.value === b.value).toBe(true)
    expect(a.ok && a.value).toContain('南湖乡人民政府关于2023年法制政府建设工作情况的报告')
  })

  it('drops a UTF-8 BOM and normalises CRLF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('一、举措\r\n正文')])
    expect(decodeText(bytes)).toEqual({ ok: true, value: '一、举措\n正文' })
  })

  it('reads UTF-16LE with its BOM (Windows Notepad “Unicode”)', () => {
    const text = '特此报告。'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8
    }
    expect(decodeText(bytes)).toEqual({ ok: true, value: text })
  })

  it.each([
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'not-text'],
    [new TextEncoder().encode('  \n\n '), 'empty'],
  ])('refuses bad input with a Chinese message (%#)', (bytes, code) => {
    const result = decodeText(bytes)
    expect(!result.ok && result.error.code).toBe(code)
    expect(!result.ok && result.error.message).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('decodeText: UTF-16 and binary', () => {
  const text = '2023年，我镇开展普法宣传41场。\n特此报告。'
  const utf16 = (littleEndian: boolean): Uint8Array => {
    const bytes = new Uint8Array(text.length * 2)
    const view = new DataView(bytes.buffer)
    for (let i = 0; i < text.length; i += 1) view.setUint16(i * 2, text.charCodeAt(i), littleEndian)
    return bytes
  }

  it('reads UTF-16LE and UTF-16BE saved without a BOM', () => {
    expect(decodeText(utf16(true))).toEqual({ ok: true, value: text })
    expect(decodeText(utf16(false))).toEqual({ ok: true, value: text })
  })

  it('reads UTF-16BE with its BOM', () => {
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...utf16(false)]))).toEqual({ ok: true, value: text })
  })

  it('still refuses binary content', () => {
    const result = decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]))
    expect(result.ok === false && result.error.code).toBe('not-text')
  })
})
