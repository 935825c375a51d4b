// .docx files built to take a reader down, generated in the test (nothing binary is committed): deflate
// bombs that inflate to gigabytes, archives whose end record or central directory lies so that a guard
// reading one view and a reader reading another disagree, 100 000 entries, zips inside zips, sizes that
// lie, a truncated archive and an XML entity bomb. Each is a few MB at most, and cheap to build: the
// bomb is one compressed segment of zeros repeated, not gigabytes pushed through a compressor.
import { constants, deflateRawSync } from 'node:zlib'
import { docxZipCaps } from '../../../renderer/docx/zip/read-docx-zip'
import { endRecord, minimalDocx, paragraphsXml, writeZip, zipSections, type ZipEntrySpec } from './zip-writer'

const segmentBytes = 64 * 1024 * 1024

let segment: Buffer | null = null

/**
 * A raw deflate stream of `gigabytes` GiB of zeros. zlib's sync flush ends each segment on a byte
 * boundary without a final block, so segments concatenate into one stream; `03 00` is an empty final
 * block (fixed Huffman, end-of-block only). About 1 MB of stream per GiB.
 */
export function deflateBomb(gigabytes: number): Uint8Array {
  segment ??= deflateRawSync(new Uint8Array(segmentBytes), { finishFlush: constants.Z_SYNC_FLUSH })
  const repeats = Math.round((gigabytes * 1024 * 1024 * 1024) / segmentBytes)
  return new Uint8Array(
    Buffer.concat([...Array.from({ length: repeats }, () => segment!), Buffer.from([3, 0])]),
  )
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const packageRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
const documentRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`

export const reportLines = ['一、推进法治政府建设的主要举措和成效', '全年开展普法宣传活动12场。']

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
}

const head: readonly ZipEntrySpec[] = [
  { name: '[Content_Types].xml', data: contentTypes },
  { name: '_rels/.rels', data: packageRels },
]

/** word/document.xml as a bomb: declares 4 KB, inflates to `gigabytes` GiB. */
function bombEntry(name: string, gigabytes: number): ZipEntrySpec {
  return { name, data: '', body: deflateBomb(gigabytes), declaredSize: 4096 }
}

/** The end record says 2 entries; there are 3, and the third, word/document.xml, is a bomb. */
function lyingCount(): Uint8Array {
  return writeZip([...head, bombEntry('word/document.xml', 4)], { entryCount: 2 })
}

/**
 * Two archives one after the other. A reader that takes the end record's offset as absolute (the old
 * guard) finds the first one's directory: a harmless document. JSZip, seeing more bytes before the end
 * record than the directory accounts for, shifts every offset by the difference and reads the second
 * one: the same names, with word/document.xml a bomb. The harmless document is padded so both halves
 * have the same length and the shift lands exactly on the second directory.
 */
function shiftedDirectory(): Uint8Array {
  const bomb = bombEntry('word/document.xml', 4)
  const hostile = zipSections([...head, bomb])
  const padding = ' '.repeat(bomb.body!.length - Buffer.byteLength(documentXml(paragraphsXml(reportLines))))
  const harmless = zipSections([
    ...head,
    { name: 'word/document.xml', data: documentXml(paragraphsXml(reportLines)) + padding, method: 0 },
  ])
  if (harmless.locals.length !== hostile.locals.length) throw new Error('the halves must be the same length')
  const first = Buffer.concat([harmless.locals, harmless.directory])
  const end = endRecord(3, hostile.directory.length, harmless.locals.length)
  return new Uint8Array(Buffer.concat([first, hostile.locals, hostile.directory, end]))
}

export interface HostileDocx {
  readonly name: string
  readonly label: string
  readonly bytes: () => Uint8Array
  /** The refusal code where it is certain; null when any 'not-a-docx'/'docx-too-large' refusal will do. */
  readonly code: 'not-a-docx' | 'docx-too-large' | null
  /** false: a sound zip, refused only when its parts are read (no document in it, an entity bomb). */
  readonly badZip?: false
}

/** Files that must be refused: exit 2 with one Chinese line, within the memory limit. */
export const refusedDocx: readonly HostileDocx[] = [
  {
    name: 'lying-count.docx',
    label: 'an end record that lies about the entry count',
    bytes: lyingCount,
    code: null,
  },
  {
    name: 'shifted-directory.docx',
    label: 'a shifted central directory',
    bytes: shiftedDirectory,
    code: null,
  },
  {
    name: 'deflate-bomb.docx',
    label: 'word/document.xml inflating to 4 GB',
    bytes: () => writeZip([...head, bombEntry('word/document.xml', 4)]),
    code: 'docx-too-large',
  },
  {
    name: 'styles-bomb.docx',
    label: 'a real document whose styles part inflates to 4 GB',
    bytes: () =>
      writeZip([
        ...head,
        { name: 'word/document.xml', data: documentXml(paragraphsXml(reportLines)) },
        { name: 'word/_rels/document.xml.rels', data: documentRels },
        bombEntry('word/styles.xml', 4),
      ]),
    code: 'docx-too-large',
  },
  {
    name: 'markup-bomb.docx',
    label: 'a markup bomb: 900 000 empty paragraphs in 5 MB of XML',
    bytes: () =>
      writeZip([...head, { name: 'word/document.xml', data: documentXml('<w:p/>'.repeat(900_000)) }]),
    code: 'docx-too-large',
  },
  {
    name: 'declared-size-lies.docx',
    label: 'a local header declaring another size than the central directory',
    bytes: () =>
      writeZip([
        ...head,
        { name: 'word/document.xml', data: documentXml(paragraphsXml(reportLines)), localDeclaredSize: 100 },
      ]),
    code: 'not-a-docx',
  },
  {
    name: '100k-entries.docx',
    label: '100 000 entries',
    bytes: () =>
      writeZip([
        ...head,
        { name: 'word/document.xml', data: documentXml(paragraphsXml(reportLines)) },
        ...Array.from({ length: 100_000 }, (_, index) => ({
          name: `customXml/item${index}.xml`,
          data: '<a/>',
          method: 0 as const,
        })),
      ]),
    code: 'docx-too-large',
  },
  {
    name: 'nested-zip.docx',
    label: 'a zip holding only another .docx, itself a bomb',
    bytes: () =>
      writeZip([
        { name: 'inner.docx', data: writeZip([...head, bombEntry('word/document.xml', 4)]), method: 0 },
      ]),
    code: 'not-a-docx',
    badZip: false,
  },
  {
    name: 'truncated.docx',
    label: 'an archive cut off in the middle',
    bytes: () => {
      const whole = minimalDocx(paragraphsXml(reportLines))
      return whole.subarray(0, Math.floor(whole.length * 0.6))
    },
    code: 'not-a-docx',
  },
  {
    name: 'billion-laughs.docx',
    label: 'an XML entity bomb in word/document.xml',
    bytes: () =>
      writeZip([
        ...head,
        {
          name: 'word/document.xml',
          data: `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "法治法治法治法治法治">${Array.from(
            { length: 9 },
            (_, level) => `<!ENTITY e${level + 1} "${`&${level === 0 ? 'a' : `e${level}`};`.repeat(10)}">`,
          ).join('')}]>${documentXml('<w:p><w:r><w:t>&e9;</w:t></w:r></w:p>')}`,
        },
      ]),
    code: null,
    badZip: false,
  },
]

/**
 * A real document carrying a 4 GB bomb where no reader of ours looks: an image and an embedded zip
 * (Word embeds spreadsheets as zips). It must open, without either being inflated.
 */
export function documentWithEmbeddedBombs(): Uint8Array {
  return minimalDocx(paragraphsXml(reportLines), [
    { name: 'word/media/image1.png', data: '', body: deflateBomb(4), declaredSize: 4096 },
    {
      name: 'word/embeddings/Microsoft_Excel_Worksheet.xlsx',
      data: writeZip([bombEntry('xl/worksheets/sheet1.xml', 4)]),
      method: 0,
    },
  ])
}

/**
 * Documents just inside the caps, the most a reader of ours is ever given: all text (long paragraphs
 * filling the total), and all markup (empty paragraphs up to the tag cap). They must be read within
 * the memory limit.
 */
export function documentsAtTheCaps(): readonly { readonly name: string; readonly bytes: Uint8Array }[] {
  const paragraph = `<w:p><w:r><w:t>${'全年开展普法宣传活动十二场，覆盖群众三千余人次。'.repeat(150)}</w:t></w:r></w:p>`
  const room = Math.min(docxZipCaps.maxEntryBytes, docxZipCaps.maxTotalBytes) - 16 * 1024
  const text = documentXml(
    paragraphsXml(reportLines) + paragraph.repeat(Math.floor(room / Buffer.byteLength(paragraph))),
  )
  const markup = documentXml(paragraphsXml(reportLines) + '<w:p/>'.repeat(docxZipCaps.maxTags - 200))
  return [
    { name: 'all-text.docx', bytes: writeZip([...head, { name: 'word/document.xml', data: text }]) },
    { name: 'all-markup.docx', bytes: writeZip([...head, { name: 'word/document.xml', data: markup }]) },
  ]
}
