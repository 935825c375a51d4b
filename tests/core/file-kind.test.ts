import { describe, expect, it } from 'vitest'
import { checkInputSize, maxInputBytes, sniffFileKind } from '../../renderer/core/file-kind'

const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])
const text = new TextEncoder().encode('一、主要举措')

describe('sniffFileKind', () => {
  const cases = [
    { name: '报告.fznb', bytes: text, kind: 'report' },
    { name: '报告.DOCX', bytes: zip, kind: 'docx' },
    { name: '报告.txt', bytes: text, kind: 'text' },
    { name: '报告.md', bytes: text, kind: 'text' },
  ] as const
  for (const { name, bytes, kind } of cases)
    it(`reads ${name} as ${kind}`, () =>
      expect(sniffFileKind(name, bytes)).toEqual({ ok: true, value: kind }))

  const failures = [
    { name: '2022.doc', bytes: ole, code: 'old-word-format', says: '另存为' },
    { name: '2022.wps', bytes: text, code: 'old-word-format', says: 'WPS' },
    { name: '加密.docx', bytes: ole, code: 'encrypted-docx', says: '密码' },
    { name: '假的.docx', bytes: text, code: 'not-a-docx', says: '不是有效的 Word 文档' },
    { name: '空.txt', bytes: new Uint8Array(), code: 'empty-file', says: '空的' },
    { name: '图片.png', bytes: text, code: 'unsupported-file', says: '.fznb' },
  ]
  for (const { name, bytes, code, says } of failures)
    it(`explains why ${name} cannot be opened`, () => {
      const result = sniffFileKind(name, bytes)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe(code)
        expect(result.error.message).toContain(says)
      }
    })
})

describe('checkInputSize', () => {
  it('accepts a report-sized file and refuses one past the limit', () => {
    expect(checkInputSize('a.txt', 200_000).ok).toBe(true)
    const tooBig = checkInputSize('a.txt', maxInputBytes + 1)
    expect(tooBig.ok).toBe(false)
    if (!tooBig.ok) expect(tooBig.error.message).toContain('30 MB')
  })
})
