// Document → bytes, with the 正文 written a block at a time. docx (Packer) writes the frame — 版头, 标题, 署名, 版记,
// styles, footers — with a placeholder paragraph where the body goes; the package is then zipped again with the
// body's XML streamed into word/document.xml in place of the placeholder, and so are the attachments'
// (report-to-docx.ts). docx writes each part
// as one tree and one string, which for a 5000 × 100 table or 150,000 paragraphs took gigabytes; streamed, the
// memory is the compressed output and one block. fflate's Zip runs the same in the browser and in Node (no Buffer),
// so the app, browser mode and the CLI share it. Parts docx can't write as wanted (the font table) are replaced whole.
import { type Document, type IContext, Packer } from 'docx'
import { type DeflateOptions, unzipSync, Zip, ZipDeflate } from 'fflate'
import { stripXmlForbidden } from '../../core/xml-safe-text'
import { concatBytes } from '../../core/concat-bytes'

const DOCUMENT_PART = 'word/document.xml'
/** Characters of XML gathered before they are compressed: fflate compresses each push on its own. */
const BATCH_CHARS = 64 * 1024

/** The document's XML around a placeholder paragraph, which goes unless it ends a section. */
function aroundPlaceholder(
  xml: string,
  placeholder: string,
): { readonly before: string; readonly after: string } {
  const at = xml.indexOf(placeholder)
  if (at < 0 || xml.indexOf(placeholder, at + 1) >= 0)
    throw new Error(`the placeholder ${placeholder} is not in the document once`)
  const start = xml.lastIndexOf('<w:p>', at)
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length
  const paragraph = xml.slice(start, end)
  // docx puts a section's properties in its last paragraph: that paragraph stays, without its text, to end the section
  const kept = paragraph.includes('<w:sectPr') ? paragraph.replace(/<w:r>[\s\S]*?<\/w:r>/, '') : ''
  return { before: xml.slice(0, start), after: kept + xml.slice(end) }
}

type PackageParts = ReadonlyMap<string, string | Uint8Array>

/** The compiler docx's Packer zips with: private in its types, so looked for, not assumed. */
const packerCompiler = (
  Packer as unknown as {
    readonly compiler?: { readonly compile?: (document: Document, prettify?: unknown) => PackageParts }
  }
).compiler

/**
 * The package docx writes, part by part. Its Packer would deflate every part for us to inflate and deflate again;
 * its compiler gives them as they are. With a docx whose compiler is not where this one keeps it, the Packer's zip.
 */
export async function frameParts(document: Document): Promise<PackageParts> {
  const compile = packerCompiler?.compile?.bind(packerCompiler)
  if (compile !== undefined) return compile(document)
  return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)))))
}

type MemoryLevel = NonNullable<DeflateOptions['mem']>

/**
 * The hash table a part is deflated with, as fflate's deflateSync sizes it by the part's length (2^(12 + mem)
 * entries). A stream is sized by its 96 KB buffer instead, whatever it is given: every part, however small, was
 * deflated with a table for a large one, allocated and cleared (a third of the zipping of a 30-page report).
 */
function memoryLevel(bytes: number): MemoryLevel {
  const bits = Math.ceil(Math.max(8, Math.min(13, Math.log(Math.max(1, bytes)))) * 1.5)
  return Math.max(0, Math.min(12, bits - 12)) as MemoryLevel
}

/** The streamed document's table: what a whole part of 60 KB or more gets. */
const STREAMED_MEMORY: MemoryLevel = 6

/** XML streamed into word/document.xml in place of the paragraph holding `placeholder`. */
export interface StreamedXml {
  readonly placeholder: string
  readonly xml: (context: IContext) => Iterable<string>
}

export async function packDocx(
  document: Document,
  streamed: readonly StreamedXml[],
  replacedParts: Readonly<Record<string, string>> = {},
): Promise<Uint8Array> {
  const framed = await frameParts(document)
  for (const path of Object.keys(replacedParts))
    if (!framed.has(path)) throw new Error(`docx wrote no ${path} to replace`)
  const decoder = new TextDecoder()
  const encoder = new TextEncoder()
  const output: Uint8Array[] = []
  const failures: Error[] = []
  const zip = new Zip((error, chunk) => {
    if (error !== null) failures.push(error)
    else output.push(chunk)
  })
  for (const [path, data] of framed) {
    const replaced = replacedParts[path]
    const text = /\.(xml|rels)$/.test(path)
      ? stripXmlForbidden(replaced ?? (typeof data === 'string' ? data : decoder.decode(data)))
      : null
    if (path !== DOCUMENT_PART || text === null) {
      const bytes =
        text !== null ? encoder.encode(text) : typeof data === 'string' ? encoder.encode(data) : data
      const entry = new ZipDeflate(path, { level: 6, mem: memoryLevel(bytes.length) })
      zip.add(entry)
      entry.push(bytes, true)
      continue
    }
    const entry = new ZipDeflate(path, { level: 6, mem: STREAMED_MEMORY })
    zip.add(entry)
    let batch: string[] = []
    let size = 0
    const add = (xml: string): void => {
      batch.push(xml)
      size += xml.length
      if (size < BATCH_CHARS) return
      entry.push(encoder.encode(batch.join('')))
      batch = []
      size = 0
    }
    const context: IContext = { file: document, viewWrapper: document.Document, stack: [] }
    let rest = text
    for (const { placeholder, xml } of streamed) {
      const { before, after } = aroundPlaceholder(rest, placeholder)
      add(before)
      for (const block of xml(context)) add(block)
      rest = after
    }
    batch.push(rest)
    entry.push(encoder.encode(batch.join('')), true)
  }
  zip.end()
  const [failure] = failures
  if (failure !== undefined) throw failure
  return concatBytes(output)
}
