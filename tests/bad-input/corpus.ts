// The bad-input corpus, generated into a temp folder (nothing large is committed): random
// bytes under every extension, truncated and corrupted .docx, zip bombs and lying archives, encrypted and
// old binary Word files, empty files, a 50 MB text, every text encoding a clerk's PC produces, broken
// .fznb files, deeply nested and huge tables. Each case says what must come out: a refusal (with its
// code where it is certain) or a report. Seeded, so a failure names a case that reproduces.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { serializeReportFile } from '../../renderer/core/report-file'
import { sampleReport } from '../editor/sample-report'
import { FIXTURES_DIR } from '../docx/helpers/fixture-reports'
import { minimalDocx, paragraphsXml, writeZip } from '../docx/helpers/zip-writer'

export interface BadInputCase {
  readonly label: string
  readonly path: string
  /** `report`: must open; `refused`: must give a Chinese error; `either`: anything but a crash or hang. */
  readonly expect: 'report' | 'refused' | 'either'
  /** The error code when the refusal reason is certain. */
  readonly code?: string
}

/** mulberry32: small, seeded, good enough to spread bytes. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomBytes(next: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  for (let index = 0; index < length; index += 1) bytes[index] = Math.floor(next() * 256)
  return bytes
}

const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const utf16 = (text: string): number[] => [...text].flatMap((char) => [char.charCodeAt(0), 0])

function oleFile(next: () => number, stream: string): Uint8Array {
  const bytes = randomBytes(next, 4096)
  bytes.set(ole, 0)
  bytes.set(utf16(stream), 1024)
  return bytes
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le')
  for (let index = 0; index + 1 < le.length; index += 2)
    [le[index], le[index + 1]] = [le[index + 1]!, le[index]!]
  return new Uint8Array(le)
}

const contentTypes = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const packageRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

function docxWithDocumentXml(xml: string): Uint8Array {
  return writeZip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: packageRels },
    { name: 'word/document.xml', data: xml },
  ])
}

const billionLaughs = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "一二三四五六七八九十">${Array.from(
  { length: 8 },
  (_, level) => `<!ENTITY e${level + 1} "${`&${level === 0 ? 'a' : `e${level}`};`.repeat(10)}">`,
).join(
  '',
)}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&e8;</w:t></w:r></w:p></w:body></w:document>`

function tableXml(rows: number, columns: number): string {
  const row = (index: number): string =>
    `<w:tr>${Array.from({ length: columns }, (_, column) => `<w:tc><w:p><w:r><w:t>${index}-${column}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`
  return `<w:tbl>${Array.from({ length: rows }, (_, index) => row(index)).join('')}</w:tbl>`
}

function nestedTablesXml(depth: number): string {
  let inner = paragraphsXml(['表格最深处'])
  for (let level = 0; level < depth; level += 1) inner = `<w:tbl><w:tr><w:tc>${inner}</w:tc></w:tr></w:tbl>`
  return inner
}

export async function buildCorpus(folder: string): Promise<readonly BadInputCase[]> {
  mkdirSync(folder, { recursive: true })
  const next = random(20250208)
  const cases: BadInputCase[] = []
  let serial = 0
  const add = (
    name: string,
    data: Uint8Array | string,
    expect: BadInputCase['expect'],
    code?: string,
    label?: string,
  ): void => {
    serial += 1
    const path = join(folder, `${String(serial).padStart(3, '0')}-${name}`)
    writeFileSync(path, data)
    cases.push({ label: label ?? name, path, expect, ...(code === undefined ? {} : { code }) })
  }

  const realText = readFileSync(join(FIXTURES_DIR, 'qingjiang-2023.txt'), 'utf8')
  const realDocx = await exportDocx(sampleReport, { version: 'upward' })
  const realFznb = serializeReportFile({ templateId: 'standard-2019', report: sampleReport })

  // Random bytes under every extension.
  for (const size of [1, 3, 4, 22, 100, 1024, 10_000, 100_000, 1_000_000])
    add(`random-${size}.docx`, randomBytes(next, size), 'refused')
  for (let index = 0; index < 5; index += 1) {
    const bytes = randomBytes(next, 2000 + index * 5000)
    bytes.set([0x50, 0x4b, 0x03, 0x04], 0)
    add(`pk-magic-random-${index}.docx`, bytes, 'refused', 'not-a-docx')
  }
  for (const extension of ['txt', 'md', 'fznb', 'text', 'TXT', 'MD'])
    add(`random.${extension}`, randomBytes(next, 5000), 'either')

  // Our own export, truncated and corrupted.
  for (const fraction of [0.01, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99, 0.999])
    add(
      `truncated-${fraction}.docx`,
      realDocx.subarray(0, Math.floor(realDocx.length * fraction)),
      'refused',
      'not-a-docx',
    )
  for (let index = 0; index < 12; index += 1) {
    const bytes = realDocx.slice()
    for (let flip = 0; flip < 4 + index * 4; flip += 1) {
      const at = 4 + Math.floor(next() * (bytes.length - 4))
      bytes[at] = bytes[at]! ^ (1 + Math.floor(next() * 255))
    }
    add(`bitflips-${index}.docx`, bytes, 'either')
  }
  add('valid-export.docx', realDocx, 'report', undefined, 'our own export (control)')

  // Zip bombs, oversized and lying entries, structures no Word writes.
  add(
    'bomb-1000-to-1.docx',
    writeZip([{ name: 'word/document.xml', data: new Uint8Array(40 * 1024 * 1024) }]),
    'refused',
    'docx-too-large',
  )
  add(
    'bomb-declared-2GB.docx',
    writeZip([{ name: 'word/document.xml', data: 'x', method: 0, declaredSize: 0x7fffffff }]),
    'refused',
    'docx-too-large',
  )
  add(
    'bomb-lying-size.docx',
    writeZip([{ name: 'word/document.xml', data: new Uint8Array(16 * 1024 * 1024), declaredSize: 4096 }]),
    'refused',
    'docx-too-large',
  )
  add(
    'bomb-many-entries.docx',
    writeZip(Array.from({ length: 2500 }, (_, index) => ({ name: `word/p${index}.xml`, data: '<a/>' }))),
    'refused',
    'docx-too-large',
  )
  // Declared sizes of media are never inflated, so they cannot add up to anything; the stored entries
  // whose two sizes differ make the archive corrupt.
  add(
    'bomb-total.docx',
    writeZip(
      Array.from({ length: 5 }, (_, index) => ({
        name: `word/media/m${index}.bin`,
        data: 'x',
        method: 0 as const,
        declaredSize: 40 * 1024 * 1024,
      })),
    ),
    'refused',
    'not-a-docx',
  )
  add(
    'bomb-nested-zip.docx',
    minimalDocx(paragraphsXml(['一、举措']), [
      {
        name: 'word/embeddings/inner.zip',
        data: writeZip([{ name: 'zeros', data: new Uint8Array(8 * 1024 * 1024) }]),
      },
    ]),
    'either',
  )
  // The zip reader (fflate) does not report the encryption flag; the entry's bytes do not make a document.
  add('encrypted-entry.docx', writeZip([{ name: 'word/document.xml', data: '<x/>', flags: 1 }]), 'refused')
  add(
    'stored-size-mismatch.docx',
    writeZip([{ name: 'word/document.xml', data: '<x/>', method: 0, declaredSize: 99 }]),
    'refused',
    'not-a-docx',
  )
  add('empty-zip.docx', writeZip([]), 'refused')
  add(
    'no-document-xml.docx',
    writeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]),
    'refused',
    'not-a-docx',
    'an .xlsx renamed to .docx',
  )
  add('document-not-xml.docx', docxWithDocumentXml('这不是 XML <<<>>>'), 'refused')
  add(
    'document-unclosed.docx',
    docxWithDocumentXml(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>',
    ),
    'refused',
  )
  add(
    'billion-laughs.docx',
    docxWithDocumentXml(billionLaughs),
    'refused',
    undefined,
    'XML entity expansion (billion laughs)',
  )
  add(
    'external-entity.docx',
    docxWithDocumentXml(
      `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`,
    ),
    'refused',
    undefined,
    'XML external entity',
  )
  add(
    'path-traversal-names.docx',
    minimalDocx(paragraphsXml(['一、主要举措', '内容']), [{ name: '../../../../tmp/evil.txt', data: 'x' }]),
    'either',
  )
  add('images-only.docx', minimalDocx('<w:p></w:p><w:p></w:p>'), 'refused', 'no-body')
  add(
    'invalid-xml-chars.docx',
    docxWithDocumentXml(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>\u0001\u0002\u0008</w:t></w:r></w:p></w:body></w:document>`,
    ),
    'either',
  )
  const varied = Array.from({ length: 1_000_000 }, () => realText[Math.floor(next() * realText.length)]).join(
    '',
  )
  add(
    'one-huge-run.docx',
    minimalDocx(paragraphsXml(['一、主要举措', varied])),
    'report',
    undefined,
    'one run of a million characters',
  )
  // 1000:1 like a bomb, though harmless: refused by the ratio limit, which is acceptable for such a file.
  add('repetitive-run.docx', minimalDocx(paragraphsXml(['一、主要举措', '法治'.repeat(500_000)])), 'either')
  add(
    'many-paragraphs.docx',
    minimalDocx(
      paragraphsXml(Array.from({ length: 20_000 }, (_, index) => `第${index}段：开展法治宣传活动。`)),
    ),
    'report',
  )
  add(
    'huge-table.docx',
    minimalDocx(paragraphsXml(['一、主要举措']) + tableXml(1500, 8)),
    'report',
    undefined,
    'a 1500×8 table',
  )
  add(
    'wide-table.docx',
    minimalDocx(paragraphsXml(['一、主要举措']) + tableXml(5, 2000)),
    'either',
    undefined,
    'a 5×2000 table',
  )
  add(
    'nested-tables-20.docx',
    minimalDocx(paragraphsXml(['一、主要举措']) + nestedTablesXml(20)),
    'either',
    undefined,
    'tables nested 20 deep',
  )
  add(
    'nested-tables-3000.docx',
    minimalDocx(paragraphsXml(['一、主要举措']) + nestedTablesXml(3000)),
    'either',
    undefined,
    'tables nested 3000 deep',
  )
  add(
    'nested-tables-20000.docx',
    minimalDocx(paragraphsXml(['一、主要举措']) + nestedTablesXml(20_000)),
    'either',
    undefined,
    'tables nested 20000 deep',
  )

  // Encrypted OOXML and the old binary formats.
  add('encrypted.docx', oleFile(next, 'EncryptedPackage'), 'refused', 'encrypted-docx')
  add('renamed-doc.docx', oleFile(next, 'WordDocument'), 'refused', 'old-word-format')
  add('old.doc', oleFile(next, 'WordDocument'), 'refused', 'old-word-format')
  add('old.wps', oleFile(next, 'WordDocument'), 'refused', 'old-word-format')
  add('random.doc', randomBytes(next, 3000), 'refused', 'old-word-format')
  add('OLD.DOC', oleFile(next, 'WordDocument'), 'refused', 'old-word-format')
  add('ole-as.txt', oleFile(next, 'WordDocument'), 'refused', 'not-text', 'a .doc renamed to .txt')

  // Empty and blank files.
  for (const extension of ['docx', 'txt', 'md', 'fznb', 'doc']) add(`empty.${extension}`, '', 'refused')
  add('spaces.txt', '   \n\t\n　　\n', 'refused', 'empty')
  add('bom-only.txt', new Uint8Array([0xef, 0xbb, 0xbf]), 'refused', 'empty')
  add('newlines.md', '\n\n\r\n\r', 'refused', 'empty')

  // Size: 50 MB is refused before it is read; just under the limit must still finish in time.
  serial += 1
  const huge = join(folder, `${String(serial).padStart(3, '0')}-50MB.txt`)
  writeFileSync(huge, realText)
  truncateSync(huge, 50 * 1024 * 1024)
  cases.push({ label: '50 MB text', path: huge, expect: 'refused', code: 'file-too-large' })
  add(
    '29MB.txt',
    realText.repeat(Math.floor((29 * 1024 * 1024) / Buffer.byteLength(realText))),
    'report',
    undefined,
    '29 MB of real report text',
  )
  add('one-5MB-line.txt', '法治'.repeat(900_000), 'either')
  add('200k-short-lines.txt', Array.from({ length: 200_000 }, (_, index) => `${index}`).join('\n'), 'either')

  // Encodings.
  add(
    'gb18030.txt',
    readFileSync(join(import.meta.dirname, '../fixtures/reports/nanhu-2023-gb18030.txt')),
    'report',
    undefined,
    'GB18030 report',
  )
  add(
    'utf16le-bom.txt',
    new Uint8Array([0xff, 0xfe, ...Buffer.from(realText, 'utf16le')]),
    'report',
    undefined,
    'UTF-16LE report with BOM',
  )
  add(
    'utf16be-bom.txt',
    new Uint8Array([0xfe, 0xff, ...utf16be(realText)]),
    'report',
    undefined,
    'UTF-16BE report with BOM',
  )
  add(
    'utf16le-no-bom.txt',
    Buffer.from(realText, 'utf16le'),
    'report',
    undefined,
    'UTF-16LE report without BOM',
  )
  add('utf16be-no-bom.txt', utf16be(realText), 'report', undefined, 'UTF-16BE report without BOM')
  add('utf8-bom.md', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(realText)]), 'report')
  add(
    'utf16-lone-surrogate.txt',
    new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
    'refused',
    'bad-encoding',
  )
  add(
    'invalid-utf8-and-gb18030.txt',
    new Uint8Array([0xe4, 0xb8, 0x80, 0x80, 0xff, 0xff, 0xfe, 0x81, 0x30, 0x81]),
    'refused',
    'bad-encoding',
  )
  add(
    'invalid-utf8-high-bytes.txt',
    randomBytes(next, 3000).map((byte) => byte | 0x80),
    'either',
  )
  add('cp1252-quotes.txt', new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x0a]), 'either')
  add('nul-bytes.txt', `一、举措\u0000\u0000正文`, 'refused', 'not-text')
  add('control-chars.txt', `一、主要举措\n\u0007\u001b[31m红字\u001b[0m\u000b\u000c`, 'either')
  add('bidi-and-zero-width.txt', `一、主要\u202e举措\u200b\n\u2066正文\u2069\ufeff内容`, 'either')
  add('emoji.md', `# 一、主要举措 🚀\n\n开展普法👍活动${'😀'.repeat(1000)}`, 'either')
  add('cr-only.txt', realText.replace(/\n/g, '\r'), 'report')
  add('crlf.txt', realText.replace(/\n/g, '\r\n'), 'report')

  // Markdown and plain-text shapes.
  add('deep-quotes.md', `${'> '.repeat(10_000)}一、主要举措`, 'either')
  add(
    'deep-list.md',
    Array.from({ length: 2000 }, (_, index) => `${'  '.repeat(index)}- 第${index}项`).join('\n'),
    'either',
  )
  add(
    'md-table-5000.md',
    `# 一、主要举措\n\n| 事项 | 件数 |\n|---|---|\n${Array.from({ length: 5000 }, (_, index) => `| 事项${index} | ${index} |`).join('\n')}`,
    'either',
  )
  add('headings-only.txt', Array.from({ length: 10_000 }, () => '一、').join('\n'), 'either')
  add('numbers-only.txt', Array.from({ length: 10_000 }, (_, index) => `${index}.`).join('\n'), 'either')
  add('punctuation-only.txt', '，。、；：？！…—'.repeat(10_000), 'either')
  add('html.txt', '<html><script>alert(1)</script><h1>一、主要举措</h1></html>', 'either')

  // .fznb: wrong versions and schemas.
  const withFile = (change: (file: Record<string, unknown>) => unknown): string =>
    JSON.stringify(change(JSON.parse(realFznb) as Record<string, unknown>))
  add('valid.fznb', realFznb, 'report', undefined, 'valid .fznb (control)')
  add(
    'version-99.fznb',
    withFile((file) => ({ ...file, formatVersion: 99 })),
    'refused',
    'report-file-too-new',
  )
  add(
    'version-0.fznb',
    withFile((file) => ({ ...file, formatVersion: 0 })),
    'refused',
    'report-file-invalid',
  )
  add(
    'version-string.fznb',
    withFile((file) => ({ ...file, formatVersion: '1' })),
    'refused',
    'report-file-invalid',
  )
  add(
    'version-missing.fznb',
    withFile((file) => Object.fromEntries(Object.entries(file).filter(([key]) => key !== 'formatVersion'))),
    'refused',
    'report-file-invalid',
  )
  add(
    'version-negative.fznb',
    withFile((file) => ({ ...file, formatVersion: -1 })),
    'refused',
    'report-file-invalid',
  )
  add('version-nan.fznb', realFznb.replace('"formatVersion": 1', '"formatVersion": 1e999'), 'refused')
  add(
    'wrong-format.fznb',
    withFile((file) => ({ ...file, format: 'something-else' })),
    'refused',
    'not-a-report-file',
  )
  add('array.fznb', '[1,2,3]', 'refused', 'not-a-report-file')
  add('null.fznb', 'null', 'refused', 'not-a-report-file')
  add('number.fznb', '42', 'refused', 'not-a-report-file')
  add('string.fznb', '"fazhi-nianbao-report"', 'refused', 'not-a-report-file')
  add('truncated.fznb', realFznb.slice(0, realFznb.length / 2), 'refused', 'report-file-corrupt')
  add('deep-json.fznb', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'refused')
  add(
    'deep-json-in-report.fznb',
    realFznb.replace('"preamble": [', `"preamble": [${'['.repeat(100_000)}${']'.repeat(100_000)},`),
    'refused',
    'report-file-invalid',
  )
  add(
    'parts-not-array.fznb',
    withFile((file) => ({ ...file, report: { ...(file['report'] as object), parts: {} } })),
    'refused',
    'report-file-invalid',
  )
  add(
    'unknown-block.fznb',
    withFile((file) => ({
      ...file,
      report: { ...(file['report'] as object), preamble: [{ kind: 'script', text: 'x', line: null }] },
    })),
    'refused',
    'report-file-invalid',
  )
  add(
    'huge-string.fznb',
    withFile((file) => ({
      ...file,
      report: {
        ...(file['report'] as object),
        preamble: [{ kind: 'heading', level: 1, text: '法'.repeat(300_000), line: null }],
      },
    })),
    'refused',
    'report-file-invalid',
  )
  add(
    'proto-pollution.fznb',
    realFznb.replace(
      '{',
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
    ),
    'either',
  )
  add(
    'extra-fields.fznb',
    withFile((file) => ({ ...file, extra: { anything: [1, 2, 3] } })),
    'report',
  )
  add('bom.fznb', `\ufeff${realFznb}`, 'report')
  add('gb18030.fznb', gb18030(realFznb), 'report', undefined, 'a .fznb re-saved as GB18030 by an editor')
  add('utf16.fznb', new Uint8Array([0xff, 0xfe, ...Buffer.from(realFznb, 'utf16le')]), 'report')
  add('zip-as.fznb', realDocx, 'refused', 'not-text', 'a .docx renamed to .fznb')

  // Names and kinds the readers do not take.
  for (const extension of ['pdf', 'xlsx', 'exe', 'png'])
    add(`file.${extension}`, randomBytes(next, 500), 'refused', 'unsupported-file')
  add('no-extension', realText, 'refused', 'unsupported-file')
  add(`${'长'.repeat(80)}.txt`, realText, 'report', undefined, 'a 80-character Chinese file name')
  add('空 格 与（括号）.txt', realText, 'report')

  serial += 1
  const directory = join(folder, `${String(serial).padStart(3, '0')}-folder.docx`)
  mkdirSync(directory)
  cases.push({ label: 'a folder named .docx', path: directory, expect: 'refused', code: 'not-a-file' })
  cases.push({
    label: 'a file that does not exist',
    path: join(folder, 'missing.txt'),
    expect: 'refused',
    code: 'not-found',
  })
  return cases
}

/** Node has no GB18030 encoder; Python does (python3 is already required by the docx tests). */
function gb18030(text: string): Uint8Array {
  const script =
    'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("gb18030"))'
  return new Uint8Array(execFileSync('python3', ['-c', script], { input: text, maxBuffer: 64 * 1024 * 1024 }))
}
