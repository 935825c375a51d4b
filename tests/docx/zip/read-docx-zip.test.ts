// The one zip reader: real documents from three writers read, the XML parts inflated and nothing else;
// bombs, lying archives and broken ones refused with a Chinese message, as soon as a cap is passed. All of it
// twice: with fflate's inflater (the renderer) and with Node's zlib (the CLI and the window's main process).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nativeInflate } from '../../../electron/io/native-inflate'
import { docxZipCaps, partText, readDocxZip as readWith } from '../../../renderer/docx/zip/read-docx-zip'
import type { RawInflate } from '../../../renderer/docx/zip/whole-entry-inflate'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { sampleReport } from '../../editor/sample-report'
import { convertToDocx } from '../helpers/convert-to-docx'
import { FIXTURES_DIR } from '../helpers/fixture-reports'
import { documentsAtTheCaps, documentWithEmbeddedBombs, refusedDocx } from '../helpers/hostile-docx'
import { requireTool } from '../helpers/require-tool'
import { minimalDocx, paragraphsXml, writeZip } from '../helpers/zip-writer'

const zeros = (bytes: number): Uint8Array => new Uint8Array(bytes)

describe.each<[string, RawInflate | undefined]>([
  ['fflate', undefined],
  ['zlib', nativeInflate],
])('readDocxZip inflating with %s', (_inflater, inflate) => {
  const readDocxZip = (bytes: Uint8Array, name: string): ReturnType<typeof readWith> =>
    readWith(bytes, name, inflate)

  it('reads our own export and a minimal Word document', async () => {
    const exported = readDocxZip(await exportDocx(sampleReport, { version: 'upward' }), '报告.docx')
    expect(exported.ok && partText(exported.value, 'word/document.xml')).toContain('<w:body>')
    const minimal = readDocxZip(minimalDocx(paragraphsXml(['一、主要举措'])), 'a.docx')
    expect(minimal.ok && minimal.value.names).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
    ])
    expect(minimal.ok && partText(minimal.value, 'word/document.xml')).toContain('一、主要举措')
  })

  it(
    'reads a document written by LibreOffice and by python-docx (other zip writers than ours)',
    { timeout: 180_000 },
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'fznb-read-docx-zip-'))
      try {
        const docx = convertToDocx(join(FIXTURES_DIR, 'qingjiang-2023.txt'), folder)
        const libreOffice = readDocxZip(new Uint8Array(readFileSync(docx)), 'qingjiang-2023.docx')
        expect(libreOffice.ok && partText(libreOffice.value, 'word/document.xml')).toContain('清江镇')
        // python-docx's default template: styles, theme, settings, fonts table and more parts than ours.
        const python = join(folder, 'python-docx.docx')
        execFileSync(requireTool('/usr/bin/python3'), [
          '-c',
          `import docx; d = docx.Document(); d.add_paragraph('一、主要举措'); d.save(${JSON.stringify(python)})`,
        ])
        const read = readDocxZip(new Uint8Array(readFileSync(python)), 'python-docx.docx')
        expect(read.ok && read.value.parts.has('word/styles.xml')).toBe(true)
      } finally {
        rmSync(folder, { recursive: true, force: true })
      }
    },
  )

  it('inflates only the XML parts: a 4 GB image and a zip bomb embedded as a spreadsheet are counted, not read', () => {
    const read = readDocxZip(documentWithEmbeddedBombs(), '带附件.docx')
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value.names).toContain('word/media/image1.png')
    expect(read.value.names).toContain('word/embeddings/Microsoft_Excel_Worksheet.xlsx')
    expect([...read.value.parts.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml'])
  })

  it('reads documents just inside every cap', () => {
    for (const { name, bytes } of documentsAtTheCaps()) expect(readDocxZip(bytes, name).ok, name).toBe(true)
  })

  it('leaves document properties but the core ones (the title), custom XML and building blocks uninflated', () => {
    const read = readDocxZip(
      minimalDocx(paragraphsXml(['一、主要举措']), [
        { name: 'docProps/core.xml', data: '<cp:coreProperties/>' },
        { name: 'docProps/app.xml', data: '<Properties/>' },
        { name: 'customXml/item1.xml', data: '<a/>' },
        { name: 'word/glossary/document.xml', data: '<w:glossaryDocument/>' },
      ]),
      'a.docx',
    )
    expect(read.ok && read.value.names).toHaveLength(7)
    expect(read.ok && [...read.value.parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/document.xml',
    ])
  })

  it('gives the guard and the readers the very same entries for the same bytes', () => {
    const bytes = minimalDocx(paragraphsXml(['一、主要举措']))
    const guard = readDocxZip(bytes, 'a.docx')
    const reader = readDocxZip(bytes, 'a.docx')
    expect(guard.ok && reader.ok && guard.value === reader.value).toBe(true)
  })

  it.each(refusedDocx.filter((item) => item.badZip !== false))('refuses $label', ({ bytes, code }) => {
    const result = readDocxZip(bytes(), '报告.docx')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(['not-a-docx', 'docx-too-large']).toContain(result.error.code)
    if (code !== null) expect(result.error.code).toBe(code)
    expect(result.error.message).toMatch(/^“报告\.docx”[\u4e00-\u9fff]/)
  })

  it.each([
    [
      'a part of zeros past the per-entry cap',
      () => writeZip([{ name: 'word/document.xml', data: zeros(docxZipCaps.maxEntryBytes + 1) }]),
      'docx-too-large',
    ],
    [
      'a directory that lies: declares 1 KB, inflates to 8 MB',
      () => writeZip([{ name: 'word/document.xml', data: zeros(8 * 1024 * 1024), declaredSize: 1024 }]),
      'docx-too-large',
    ],
    [
      'a declared size past the cap (nothing inflated to find out)',
      () =>
        writeZip([
          { name: 'word/document.xml', data: '', body: new Uint8Array([3, 0]), declaredSize: 0x7fffffff },
        ]),
      'docx-too-large',
    ],
    [
      'one entry more than the cap',
      () =>
        writeZip(
          Array.from({ length: docxZipCaps.maxEntries + 1 }, (_, i) => ({
            name: `p${i}.bin`,
            data: 'x',
            method: 0 as const,
          })),
        ),
      'docx-too-large',
    ],
    [
      'XML parts that add up past the total',
      () => {
        const part = zeros(docxZipCaps.maxEntryBytes - 1)
        const count = Math.ceil(docxZipCaps.maxTotalBytes / part.length) + 1
        return writeZip(Array.from({ length: count }, (_, i) => ({ name: `word/p${i}.xml`, data: part })))
      },
      'docx-too-large',
    ],
    [
      'one tag more than the cap, in a few hundred KB',
      () => minimalDocx('<w:p/>'.repeat(docxZipCaps.maxTags)),
      'docx-too-large',
    ],
    [
      'a stored entry whose two sizes differ',
      () => writeZip([{ name: 'word/media/a.bin', data: 'x', method: 0, declaredSize: 99 }]),
      'not-a-docx',
    ],
    [
      'an entry listed twice',
      () =>
        writeZip([
          { name: 'word/document.xml', data: '<a/>' },
          { name: 'word/document.xml', data: '<b/>' },
        ]),
      'not-a-docx',
    ],
    [
      'an end record saying there are no entries',
      () => writeZip([{ name: 'word/document.xml', data: '<a/>' }], { entryCount: 0 }),
      'not-a-docx',
    ],
    [
      'deflate data that does not inflate',
      () =>
        writeZip([
          { name: 'word/document.xml', data: '<a/>', body: new Uint8Array([0xff, 0xff, 0xff, 0xff]) },
        ]),
      'not-a-docx',
    ],
    ['four bytes of zip magic', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'not-a-docx'],
  ])('refuses %s', (_label, make, code) => {
    const result = readDocxZip(make(), '报告.docx')
    expect(!result.ok && result.error.code).toBe(code)
  })

  it('stops a 4 GB bomb at the cap, in well under a second of inflating', () => {
    const bomb = refusedDocx.find((item) => item.name === 'deflate-bomb.docx')!.bytes()
    const started = performance.now()
    const result = readDocxZip(bomb, '报告.docx')
    expect(!result.ok && result.error.code).toBe('docx-too-large')
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})

describe('the two inflaters', () => {
  it('give the same parts, byte for byte, for the same document', async () => {
    const exported = await exportDocx(sampleReport, { version: 'public' })
    const withFflate = readWith(exported, 'a.docx')
    const withZlib = readWith(exported.slice(), 'a.docx', nativeInflate)
    expect(withFflate.ok && withZlib.ok).toBe(true)
    if (!withFflate.ok || !withZlib.ok) return
    expect(withZlib.value.names).toEqual(withFflate.value.names)
    expect([...withZlib.value.parts.keys()]).toEqual([...withFflate.value.parts.keys()])
    for (const [name, part] of withFflate.value.parts)
      expect(Buffer.from(withZlib.value.parts.get(name) ?? []).equals(Buffer.from(part)), name).toBe(true)
  })
})
