// Writes zip archives byte by byte (APPNOTE.TXT 4.3), so tests can build what no zip tool would: entries
// whose central directory lies about their size, encrypted flags, thousands of entries, bombs.
import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipEntrySpec {
  readonly name: string
  readonly data: Uint8Array | string
  /** Deflate (8, default) or store (0). */
  readonly method?: 0 | 8
  /** Overrides the uncompressed size written in both headers: a lying archive. */
  readonly declaredSize?: number
  readonly flags?: number
  /** The bytes stored for the entry, already compressed: a bomb, or data that does not match `data`. */
  readonly body?: Uint8Array
  /** Overrides the uncompressed size written in the local header only (the central directory keeps its own). */
  readonly localDeclaredSize?: number
}

/** A zip cut into its three sections, for tests that put them together in ways no zip tool would. */
export interface ZipSections {
  readonly locals: Buffer
  readonly directory: Buffer
  readonly count: number
}

function le(size: 2 | 4, value: number): Buffer {
  const buffer = Buffer.alloc(size)
  if (size === 2) buffer.writeUInt16LE(value)
  else buffer.writeUInt32LE(value >>> 0)
  return buffer
}

export function zipSections(entries: readonly ZipEntrySpec[]): ZipSections {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data)
    const method = entry.method ?? 8
    const body = entry.body ?? (method === 8 ? deflateRawSync(raw) : raw)
    const name = Buffer.from(entry.name, 'utf8')
    const size = entry.declaredSize ?? raw.length
    const flags = (entry.flags ?? 0) | 0x0800 // UTF-8 names
    const common = (uncompressed: number): Buffer[] => [
      le(2, 20),
      le(2, flags),
      le(2, method),
      le(2, 0),
      le(2, 0x21),
      le(4, crc32(raw)),
      le(4, body.length),
      le(4, uncompressed),
      le(2, name.length),
      le(2, 0),
    ]
    const local = Buffer.concat([le(4, 0x04034b50), ...common(entry.localDeclaredSize ?? size), name, body])
    centrals.push(
      Buffer.concat([
        le(4, 0x02014b50),
        le(2, 20),
        ...common(size),
        le(2, 0),
        le(2, 0),
        le(2, 0),
        le(4, 0),
        le(4, offset),
        name,
      ]),
    )
    locals.push(local)
    offset += local.length
  }
  return { locals: Buffer.concat(locals), directory: Buffer.concat(centrals), count: entries.length }
}

/** The end of central directory record (APPNOTE.TXT 4.3.16); the numbers are whatever the test says. */
export function endRecord(count: number, directorySize: number, directoryOffset: number): Buffer {
  return Buffer.concat([
    le(4, 0x06054b50),
    le(2, 0),
    le(2, 0),
    le(2, count & 0xffff),
    le(2, count & 0xffff),
    le(4, directorySize),
    le(4, directoryOffset),
    le(2, 0),
  ])
}

/** `entryCount` overrides the count in the end record: an archive that lies about how many entries it has. */
export function writeZip(
  entries: readonly ZipEntrySpec[],
  options: { readonly entryCount?: number } = {},
): Uint8Array {
  const { locals, directory, count } = zipSections(entries)
  const end = endRecord(options.entryCount ?? count, directory.length, locals.length)
  return new Uint8Array(Buffer.concat([locals, directory, end]))
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

/** The smallest .docx Word opens: content types, the package relationship and word/document.xml around `body`. */
export function minimalDocx(body: string, extra: readonly ZipEntrySpec[] = []): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
  return writeZip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rels },
    { name: 'word/document.xml', data: document },
    ...extra,
  ])
}

/** Paragraphs of plain text as WordprocessingML. */
export function paragraphsXml(lines: readonly string[]): string {
  const escape = (text: string): string =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join('')
}
