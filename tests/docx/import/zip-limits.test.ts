// The zip guard in front of mammoth: real documents pass, bombs and broken archives are refused with a
// Chinese message before anything is inflated without a limit.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkZipLimits, zipLimits } from '../../../renderer/docx/import/zip-limits'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { sampleReport } from '../../editor/sample-report'
import { convertToDocx } from '../helpers/convert-to-docx'
import { FIXTURES_DIR } from '../helpers/fixture-reports'
import { requireTool } from '../helpers/require-tool'
import { minimalDocx, paragraphsXml, writeZip } from '../helpers/zip-writer'

const zeros = (bytes: number): Uint8Array => new Uint8Array(bytes)

describe('checkZipLimits', () => {
  it('passes our own export and a minimal Word document', async () => {
    expect(await checkZipLimits(await exportDocx(sampleReport, { version: 'upward' }), '报告.docx')).toEqual({
      ok: true,
      value: null,
    })
    expect((await checkZipLimits(minimalDocx(paragraphsXml(['一、主要举措'])), 'a.docx')).ok).toBe(true)
  })

  it(
    'passes a document written by LibreOffice and by python-docx (other zip writers than ours)',
    { timeout: 180_000 },
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'fznb-zip-limits-'))
      try {
        const docx = convertToDocx(join(FIXTURES_DIR, 'qingjiang-2023.txt'), folder)
        expect(await checkZipLimits(new Uint8Array(readFileSync(docx)), 'qingjiang-2023.docx')).toEqual({
          ok: true,
          value: null,
        })
        // python-docx's default template: styles, theme, settings, fonts table and more parts than ours.
        const python = join(folder, 'python-docx.docx')
        execFileSync(requireTool('/usr/bin/python3'), [
          '-c',
          `import docx; d = docx.Document(); d.add_paragraph('一、主要举措'); d.save(${JSON.stringify(python)})`,
        ])
        expect(await checkZipLimits(new Uint8Array(readFileSync(python)), 'python-docx.docx')).toEqual({
          ok: true,
          value: null,
        })
      } finally {
        rmSync(folder, { recursive: true, force: true })
      }
    },
  )

  it.each([
    [
      'a 1000:1 bomb of zeros',
      () => writeZip([{ name: 'word/document.xml', data: zeros(20 * 1024 * 1024) }]),
      'docx-too-large',
    ],
    [
      'an entry past the per-entry limit',
      () =>
        writeZip([
          { name: 'word/media/a.bin', data: zeros(8), declaredSize: zipLimits.maxEntryBytes + 1, method: 0 },
        ]),
      'docx-too-large',
    ],
    [
      'a directory that lies: declares 1 KB, inflates to 8 MB',
      () => writeZip([{ name: 'word/document.xml', data: zeros(8 * 1024 * 1024), declaredSize: 1024 }]),
      'docx-too-large',
    ],
    [
      'too many entries',
      () =>
        writeZip(
          Array.from({ length: zipLimits.maxEntries + 1 }, (_, i) => ({ name: `p${i}.xml`, data: 'x' })),
        ),
      'docx-too-large',
    ],
    [
      'many parts that add up past the total',
      () =>
        writeZip(
          Array.from({ length: 4 }, (_, i) => ({
            name: `m${i}.bin`,
            data: zeros(8),
            method: 0 as const,
            declaredSize: 45 * 1024 * 1024,
          })),
        ),
      'docx-too-large',
    ],
    [
      'an encrypted entry',
      () => writeZip([{ name: 'word/document.xml', data: 'x', flags: 1 }]),
      'encrypted-docx',
    ],
    ['a truncated archive', () => minimalDocx(paragraphsXml(['一、举措'])).subarray(0, 200), 'not-a-docx'],
    ['four bytes of zip magic', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'not-a-docx'],
  ])('refuses %s', async (_label, make, code) => {
    const result = await checkZipLimits(make(), '报告.docx')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    expect(result.error.message).toMatch(/^“报告\.docx”[\u4e00-\u9fff]/)
  })
})
