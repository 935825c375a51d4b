// .txt / .md bytes → string. Clerks' files are UTF-8 (WPS, new Notepad) or GB18030/GBK (old
// Notepad, many 内网 machines); UTF-8 is tried strictly first because GB18030 decodes almost
// any byte sequence without complaint. TextDecoder lives here, not in core: core's lib is ES only.
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

export function decodeText(bytes: Uint8Array): Result<string, AppError> {
  let text: string | null
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = tryDecode('utf-16le', bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = tryDecode('utf-16be', bytes.subarray(2))
  else if (bytes.includes(0)) {
    return err(appError('not-text', '文件不是纯文本（含有二进制内容），请另存为 .txt 或 .docx 后重试。'))
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    text = tryDecode('utf-8', bytes.subarray(start)) ?? tryDecode('gb18030', bytes.subarray(start))
  }
  if (text === null) {
    return err(appError('bad-encoding', '无法识别文件的文字编码，请用记事本另存为 UTF-8 编码后重试。'))
  }
  const normalized = text.replace(/\r\n?/g, '\n')
  if (normalized.trim().length === 0) return err(appError('empty', '文件是空的，没有可检查的内容。'))
  return ok(normalized)
}
