// Property tests (fast-check) for the text reader: any bytes give text or a Chinese error, never a throw;
// any text a clerk can type comes back unchanged (line ends normalised) from UTF-8, UTF-16LE and UTF-16BE.
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { decodeText } from '../../../renderer/docx/import/decode-text'

const runs = 300
let checked = 0
afterAll(() => process.stdout.write(`[bad input] decode-text properties: ${checked} generated inputs\n`))

const codes = new Set(['not-text', 'bad-encoding', 'foreign-encoding', 'empty'])
const normalise = (text: string): string => text.replace(/\r\n?/g, '\n')
/** What people type: any Unicode scalar, except NUL (binary) and a leading U+FEFF (read as a byte-order mark). */
const typed = fc
  .string({ unit: 'grapheme', maxLength: 400 })
  .filter((text) => !text.includes('\u0000') && !text.startsWith('\ufeff') && text.trim().length > 0)

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le')
  if (bigEndian) bytes.swap16()
  return new Uint8Array([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...bytes])
}

describe('decodeText properties', () => {
  it('answers any bytes with text or a Chinese error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        checked += 1
        const result = decodeText(bytes)
        if (result.ok) return typeof result.value === 'string' && !result.value.includes('\r')
        return codes.has(result.error.code) && /[\u4e00-\u9fff]/.test(result.error.message)
      }),
      { numRuns: runs * 3 },
    )
  })

  it('reads back any typed text saved as UTF-8', () => {
    fc.assert(
      fc.property(typed, fc.boolean(), (text, bom) => {
        checked += 1
        const bytes = new TextEncoder().encode(text)
        const result = decodeText(bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes)
        expect(result).toEqual({ ok: true, value: normalise(text) })
      }),
      { numRuns: runs },
    )
  })

  it('reads back any typed text saved as UTF-16 with a byte-order mark', () => {
    fc.assert(
      fc.property(typed, fc.boolean(), (text, bigEndian) => {
        checked += 1
        expect(decodeText(utf16(text, bigEndian))).toEqual({ ok: true, value: normalise(text) })
      }),
      { numRuns: runs },
    )
  })

  it('never takes a truncated UTF-8 file for something it is not', () => {
    fc.assert(
      fc.property(typed, fc.nat(), (text, cut) => {
        checked += 1
        const bytes = new TextEncoder().encode(text)
        const result = decodeText(bytes.subarray(0, cut % (bytes.length + 1)))
        // A cut inside a character falls back to GB18030 or is refused; either way no throw, no \r.
        return result.ok ? !result.value.includes('\r') : codes.has(result.error.code)
      }),
      { numRuns: runs },
    )
  })
})
