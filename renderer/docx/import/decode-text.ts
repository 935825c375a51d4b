// .txt / .md bytes → string. Clerks' files are UTF-8 (WPS, new Notepad) or GB18030/GBK (old
// Notepad, many 内网 machines); UTF-8 is tried strictly first because GB18030 decodes almost
// any byte sequence without complaint. UTF-16 (Notepad's "Unicode") is read with or without its
// BOM. TextDecoder lives here, not in core: core's lib is ES only.
import { appError, err, ok, type AppError, type Result } from '../../core/result'

function decoder(label: string): TextDecoder {
  return new TextDecoder(label, { fatal: true })
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return decoder(label).decode(bytes)
  } catch {
    return null
  }
}

/**
 * UTF-16 saved without a BOM (some export tools): the zero high bytes of ASCII characters (digits,
 * line ends) fall on odd offsets for little-endian and on even offsets for big-endian. A few Chinese
 * characters (开 U+5F00) add a zero on the other side, so one side must clearly dominate. UTF-8 and
 * GB18030 text has no zero byte at all, so neither is mistaken for it.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null
  let even = 0
  let odd = 0
  bytes.forEach((byte, index) => {
    if (byte !== 0) return
    if (index % 2 === 0) even += 1
    else odd += 1
  })
  if (odd > 3 * even) return 'utf-16le'
  if (even > 3 * odd) return 'utf-16be'
  return null
}

/** The text, null when no encoding fits, or an error for binary content. */
function decodeBytes(bytes: Uint8Array): Result<string | null, AppError> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok(tryDecode('utf-16le', bytes.subarray(2)))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok(tryDecode('utf-16be', bytes.subarray(2)))
  if (bytes.includes(0)) {
    const label = utf16WithoutBom(bytes)
    const text = label === null ? null : tryDecode(label, bytes)
    if (text === null)
      return err(appError('not-text', '文件不是纯文本（含有二进制内容），请另存为 .txt 或 .docx 后重试。'))
    return ok(text)
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  return ok(tryDecode('utf-8', bytes.subarray(start)) ?? tryDecode('gb18030', bytes.subarray(start)))
}

export function decodeText(bytes: Uint8Array): Result<string, AppError> {
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return decoded
  if (decoded.value === null) {
    return err(appError('bad-encoding', '无法识别文件的文字编码，请用记事本另存为 UTF-8 编码后重试。'))
  }
  const normalized = decoded.value.replace(/\r\n?/g, '\n')
  if (normalized.trim().length === 0) return err(appError('empty', '文件是空的，没有可检查的内容。'))
  return ok(normalized)
}
