// .docx bytes → mammoth's document model; the one place that calls mammoth. We want the model, not
// HTML: transformDocument hands us the document and returns an empty one, so mammoth's HTML pass has
// nothing to do (this keeps import near the cost of mammoth.extractRawText, see tests/bench).
// mammoth never sees the file itself: it reads the zip with JSZip, which trusts whatever the archive
// claims and inflates without limit. It is handed a new, stored (uncompressed) package holding only
// the XML parts our capped reader already inflated, so it cannot read a byte more than we checked.
import { zipSync } from 'fflate'
import mammoth from 'mammoth'
import { appError, err, ok, type AppError, type Result } from '../../core/result'
import { readDocxZip, type DocxZip } from '../zip/read-docx-zip'
import { coreTitle } from './core-title'
import type { MammothDocument } from './mammoth-document'

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0]

/**
 * mammoth's Node build reads `{buffer}` and its browser build (package.json "browser" field) reads
 * `{arrayBuffer}`; both hand the value to JSZip, which takes an ArrayBuffer. Giving both keys lets
 * the same call work in the CLI, the tests and the renderer.
 */
function mammothInput(bytes: Uint8Array): MammothInput {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  return { arrayBuffer, buffer: arrayBuffer } as unknown as MammothInput
}

/** The checked parts as a package of their own. Images are left out: mammoth reads them only for HTML. */
function checkedPackage(zip: DocxZip): Uint8Array {
  return zipSync(Object.fromEntries(zip.parts), { level: 0 })
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
  try {
    await mammoth.convertToHtml(mammothInput(checkedPackage(zip.value)), {
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
  }
  if (captured.document === null)
    return err(appError('not-a-docx', `“${name}”中没有找到正文，请用 Word 或 WPS 另存为 .docx 后重试。`))
  return ok({ body: captured.document, propertyTitle: coreTitle(zip.value) })
}
