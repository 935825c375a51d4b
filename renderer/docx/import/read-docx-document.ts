// .docx bytes → mammoth's document model; the one place that calls mammoth. We want the model, not
// HTML: transformDocument hands us the document and returns an empty one, so mammoth's HTML pass has
// nothing to do (this keeps import near the cost of mammoth.extractRawText, see tests/bench).
// mammoth never sees the file itself: its own zip reader (JSZip) trusts whatever the archive claims and
// inflates without limit. It reads only the XML parts our capped reader already inflated: mammoth's Node
// build takes them as they are, its browser build as a new, stored (uncompressed) package of them.
import { zipSync } from 'fflate'
import mammoth from 'mammoth'
import { appError, err, ok, type AppError, type Result } from '../../core/result'
import { readDocxZip, type DocxZip } from '../zip/read-docx-zip'
import { MalformedXml, type XmlElement } from '../xml/xml-tree'
import { xmlPart } from '../xml/xml-part'
import { coreTitle } from './core-title'
import { offerParsed } from './mammoth-xml'
import type { MammothDocument } from './mammoth-document'

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0]

/** The zip file object mammoth's readers ask (mammoth/lib/zipfile.js): which parts exist, and their text. */
interface MammothZipFile {
  exists(name: string): boolean
  read(name: string, encoding?: string): Promise<string | Uint8Array>
}

/**
 * The parts as mammoth asks for them. A part read as text is offered to mammoth's parser already parsed
 * (mammoth-xml.ts), from the tree the layout checks share; `withdraw` ends the offers once mammoth is done.
 */
function checkedParts(zip: DocxZip): { readonly file: MammothZipFile; readonly withdraw: () => void } {
  const offers: (() => void)[] = []
  const file: MammothZipFile = {
    exists: (name) => zip.parts.has(name),
    read: (name, encoding) => {
      const part = zip.parts.get(name)
      if (part === undefined) return Promise.reject(new Error(`no part ${name}`))
      if (encoding === undefined) return Promise.resolve(part)
      const text = new TextDecoder(encoding).decode(part)
      const tree = parsedOrNull(zip, name)
      if (tree !== null) offers.push(offerParsed(text, tree))
      return Promise.resolve(text)
    },
  }
  return { file, withdraw: () => offers.forEach((withdraw) => withdraw()) }
}

function parsedOrNull(zip: DocxZip, name: string): XmlElement | null {
  try {
    return xmlPart(zip, name)
  } catch (error) {
    // mammoth's own parser decides about a part ours refuses
    if (error instanceof MalformedXml) return null
    throw error
  }
}

/**
 * mammoth's Node build reads an opened zip from `{file}` (lib/unzip.js); its browser build (package.json
 * "browser" field) reads only `{arrayBuffer}`, handed to JSZip. The package is made only when that build asks
 * for it; images are left out, as mammoth reads them only for HTML. Undocumented in mammoth's types, so cast.
 */
function mammothInput(zip: DocxZip, file: MammothZipFile): MammothInput {
  return {
    file,
    get arrayBuffer(): ArrayBuffer {
      const packaged = zipSync(Object.fromEntries(zip.parts), { level: 0 })
      return packaged.buffer.slice(packaged.byteOffset, packaged.byteOffset + packaged.byteLength)
    },
  } as unknown as MammothInput
}

export interface DocxDocument {
  readonly body: MammothDocument
  /** The title in the document properties (core-title.ts). */
  readonly propertyTitle: string | null
}

export async function readDocxDocument(
  bytes: Uint8Array,
  name: string,
): Promise<Result<DocxDocument, AppError>> {
  const zip = readDocxZip(bytes, name)
  if (!zip.ok) return zip
  const captured: { document: MammothDocument | null } = { document: null }
  const parts = checkedParts(zip.value)
  try {
    await mammoth.convertToHtml(mammothInput(zip.value, parts.file), {
      // No HTML is made, so no style map is needed: the default one alone was parsed anew on every call
      // (about 1 ms a file, a sixth of what mammoth costs here).
      includeDefaultStyleMap: false,
      includeEmbeddedStyleMap: false,
      transformDocument: (document: MammothDocument): MammothDocument => {
        captured.document = document
        return { ...document, children: [] }
      },
    })
  } catch {
    // A zip without word/document.xml, a renamed .xlsx, XML that does not parse …
    return err(
      appError(
        'not-a-docx',
        `“${name}”不是有效的 Word 文档（文件可能已损坏），请用 Word 或 WPS 打开后另存为 .docx 再试。`,
      ),
    )
  } finally {
    parts.withdraw()
  }
  if (captured.document === null)
    return err(appError('not-a-docx', `“${name}”中没有找到正文，请用 Word 或 WPS 另存为 .docx 后重试。`))
  return ok({ body: captured.document, propertyTitle: coreTitle(zip.value) })
}
