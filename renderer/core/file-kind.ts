// Which reader a file needs, from its name and first bytes. Old binary formats get a message that
// says what to do, since a clerk holding last year's .doc cannot be expected to know why it fails.
import { describeBytes, limits } from './limits'
import { appError, err, ok, type Result } from './result'

export type FileKind = 'report' | 'docx' | 'text'

export const reportExtension = '.fznb'

const zipMagic = [0x50, 0x4b, 0x03, 0x04]
/** OLE2 compound file: old .doc/.wps, and also password-protected .docx (Office wraps it in OLE2). */
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** "WordDocument" in UTF-16LE: the main stream of a binary .doc (MS-DOC 2.1.1), also in WPS's .wps. */
const wordDocumentStream = [...'WordDocument'].flatMap((char) => [char.charCodeAt(0), 0])

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0]
  for (
    let at = bytes.indexOf(first ?? 0);
    at >= 0 && at + needle.length <= bytes.length;
    at = bytes.indexOf(first ?? 0, at + 1)
  )
    if (needle.every((byte, index) => bytes[at + index] === byte)) return true
  return false
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte)
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot).toLowerCase()
}

export function sniffFileKind(name: string, bytes: Uint8Array): Result<FileKind> {
  const extension = extensionOf(name)
  if (bytes.byteLength === 0) return err(appError('empty-file', `文件“${name}”是空的，没有可读取的内容。`))
  if (extension === '.doc' || extension === '.wps')
    return err(
      appError(
        'old-word-format',
        `“${name}”是旧版 Word/WPS 格式，请在 Word 或 WPS 中“另存为” .docx 后再打开。`,
      ),
    )
  if (extension === '.docx') {
    if (startsWith(bytes, oleMagic))
      return contains(bytes, wordDocumentStream)
        ? // An old .doc/.wps renamed to .docx: the password message would send the clerk looking for a password.
          err(
            appError(
              'old-word-format',
              `“${name}”实际是旧版 Word/WPS 格式，请在 Word 或 WPS 中“另存为” .docx 后再打开。`,
            ),
          )
        : err(appError('encrypted-docx', `“${name}”设置了打开密码，请在 Word 或 WPS 中取消密码后再打开。`))
    if (!startsWith(bytes, zipMagic))
      return err(
        appError('not-a-docx', `“${name}”不是有效的 Word 文档，请用 Word 或 WPS 另存为 .docx 后重试。`),
      )
    return ok('docx')
  }
  if (extension === reportExtension) return ok('report')
  if (extension === '.txt' || extension === '.md' || extension === '.text') return ok('text')
  return err(
    appError(
      'unsupported-file',
      `不支持打开“${name}”。可以打开法治年报文件（.fznb）、Word 文档（.docx）或纯文本（.txt）。`,
    ),
  )
}

/** A year's report is well under 1 MB of text; a .docx or .txt past this is not a report and would stall the editor. */
export const maxInputBytes = limits.maxInputBytes

/** The most a file may weigh to be opened: our own .fznb may carry more than an import could make. */
export function maxBytesToOpen(name: string): number {
  return /\.fznb$/i.test(name) ? limits.maxFileBytes : maxInputBytes
}

export function checkInputSize(name: string, byteLength: number): Result<null> {
  const most = maxBytesToOpen(name)
  if (byteLength > most)
    return err(
      appError(
        'file-too-large',
        `“${name}”超过 ${describeBytes(most)}，不像是一份年度报告，请检查是否选错了文件。`,
      ),
    )
  return ok(null)
}
