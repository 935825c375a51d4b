// .txt / .md bytes → string. Clerks' files are UTF-8 (WPS, new Notepad) or GB18030/GBK (old Notepad,
// many 内网 machines); some come from Hong Kong/Taiwan tools in Big5, or from an export tool as UTF-16
// or UTF-32. GB18030 decodes almost any byte sequence without complaint, so guessing it is how Big5
// and Shift_JIS files used to turn into mojibake without a word. Now, in order:
//   1. a byte-order mark (UTF-32 before UTF-16: FF FE 00 00 starts both);
//   2. zero bytes: UTF-32 or UTF-16 without a BOM by where the zeros fall, otherwise binary;
//   3. strict UTF-8 (plain ASCII included);
//   4. when jschardet is unsure: UTF-16 without a BOM and without zeros (Chinese only, no digits or
//      line ends), where nearly all characters must come out as CJK ideographs or punctuation;
//   5. jschardet (a port of chardet 7) names the rest: GB18030 family and Big5 are decoded (the check
//      reads traditional characters, simplified-chinese.ts); anything else is refused with a Chinese
//      message naming the encoding, never guessed.
// One module for the CLI, Electron and browser mode (import-report.ts calls it in both). Decoding is
// the WHATWG TextDecoder (gb18030, big5, utf-16 in Node and Chromium alike) plus a few lines for
// UTF-32, which TextDecoder lacks. iconv-lite is not used here: it needs Node's Buffer (safer-buffer),
// which the renderer bundle does not have; the tests use it to make the encoded files.
import { detectAll } from 'jschardet'
import { appError, err, ok, type AppError, type Result } from '../../core/result'

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** UTF-32 by hand (TextDecoder has no UTF-32): null on a code point past U+10FFFF or a surrogate. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string | null {
  if (bytes.length % 4 !== 0) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const points: number[] = []
  for (let at = 0; at < bytes.length; at += 4) {
    const point = view.getUint32(at, littleEndian)
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null
    points.push(point)
  }
  let text = ''
  // fromCodePoint takes its arguments on the stack: a whole file at once would overflow it.
  for (let at = 0; at < points.length; at += 8192)
    text += String.fromCodePoint(...points.slice(at, at + 8192))
  return text
}

/**
 * UTF-32 without a BOM: every 4-byte unit has a zero top byte and a plane byte of at most 0x10, at the
 * end for little-endian and at the start for big-endian. UTF-16 of ASCII or Chinese text puts a
 * character byte there within a few characters, so it is not taken for UTF-32.
 */
function utf32WithoutBom(bytes: Uint8Array): boolean | null {
  if (bytes.length < 4 || bytes.length % 4 !== 0) return null
  let little = true
  let big = true
  for (let at = 0; at < bytes.length && (little || big); at += 4) {
    if (bytes[at + 3] !== 0 || (bytes[at + 2] ?? 0) > 0x10) little = false
    if (bytes[at] !== 0 || (bytes[at + 1] ?? 0) > 0x10) big = false
  }
  return little ? true : big ? false : null
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

/** Control characters other than tab, line ends and form feed: binary, not text. */
function hasControlCharacter(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f)
      return true
  }
  return false
}

/**
 * UTF-16 without a BOM when the text has zero bytes. The side with more zeros goes first; the other
 * order is tried too, because Chinese text with few ASCII characters has few zeros (一 is 00 4E in
 * UTF-16LE, a zero on the big-endian side). Either way the result must be text, not control codes.
 */
function utf16WithZeros(bytes: Uint8Array): string | null {
  const dominant = utf16WithoutBom(bytes)
  if (dominant !== null) {
    const text = tryDecode(dominant, bytes)
    if (text !== null && !hasControlCharacter(text)) return text
  }
  const text = chineseUtf16(bytes)
  return text !== null && !hasControlCharacter(text) ? text : null
}

/** CJK ideographs (with extension A), CJK punctuation and full-width forms: what a Chinese text is made of. */
const chineseCharacter = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/gu

/**
 * UTF-16 of Chinese text alone has no zero byte. Read as UTF-16, GB18030 and Big5 bytes land on Hangul,
 * surrogates and private-use characters, or at most a third of the time on ideographs; real UTF-16
 * text is ideographs nearly throughout.
 */
function chineseUtf16(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  for (const label of ['utf-16le', 'utf-16be']) {
    const text = tryDecode(label, bytes)
    if (text === null) continue
    const chinese = text.match(chineseCharacter)?.length ?? 0
    if (chinese >= 0.9 * [...text].length) return text
  }
  return null
}

/** jschardet's names (chardet's, lower-cased, without - and _) → what we decode them as. */
const chineseEncodings: Readonly<Record<string, string>> = {
  gb18030: 'gb18030',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  cp936: 'gb18030',
  euccn: 'gb18030',
  big5: 'big5',
  big5hkscs: 'big5',
  cp950: 'big5',
}

/** How a clerk knows the encodings that are refused. */
const displayNames: Readonly<Record<string, string>> = {
  shiftjis: 'Shift_JIS',
  cp932: 'Shift_JIS',
  eucjp: 'EUC-JP',
  iso2022jp: 'ISO-2022-JP',
  euckr: 'EUC-KR',
  cp949: 'EUC-KR',
  johab: 'Johab',
  iso2022kr: 'ISO-2022-KR',
}

const languageNames: Readonly<Record<string, string>> = {
  ja: '日文',
  ko: '韩文',
  ru: '俄文',
  uk: '乌克兰文',
  en: '英文',
  fr: '法文',
  de: '德文',
  es: '西班牙文',
  it: '意大利文',
  pt: '葡萄牙文',
  el: '希腊文',
  tr: '土耳其文',
  ar: '阿拉伯文',
  he: '希伯来文',
  th: '泰文',
  vi: '越南文',
}

function languageOf(key: string, language: string | null): string {
  if (/^(shiftjis|cp932|eucjp|iso2022jp)$/.test(key)) return '日文'
  if (/^(euckr|cp949|johab|iso2022kr)$/.test(key)) return '韩文'
  const named = language === null ? undefined : languageNames[language]
  if (named !== undefined) return named
  if (/^(windows125|iso8859|cp|mac|latin)/.test(key)) return '西文'
  return '其他语言'
}

function foreignEncoding(encoding: string, key: string, language: string | null): AppError {
  const name = displayNames[key] ?? encoding
  return appError(
    'foreign-encoding',
    `文件的编码是 ${name}（${languageOf(key, language)}），不是中文编码，无法导入。请在记事本中另存为 UTF-8 后再导入。`,
  )
}

const unknownEncoding = appError(
  'bad-encoding',
  '无法识别文件的文字编码，请用记事本另存为 UTF-8 编码后重试。',
)

const keyOf = (encoding: string | null): string => (encoding ?? '').toLowerCase().replace(/[-_]/g, '')

/**
 * A line or two of Chinese gives the detector little to go on (清委〔2024〕9号: Johab 0.035, GB18030
 * 0.032). Below this confidence a Chinese candidate nearly as likely as the first one is preferred; a
 * short Japanese text has no Chinese candidate at all and is still refused.
 */
const uncertain = 0.2

/** Step 5: what jschardet names, decoded when Chinese (or Unicode), refused otherwise. */
function decodeDetected(bytes: Uint8Array): Result<string, AppError> {
  const candidates = detectAll(bytes)
  const top = candidates[0]
  // 4. Only when the detector is unsure: Shift_JIS read as UTF-16BE is ideographs throughout too.
  if (top === undefined || top.encoding === null || top.confidence < uncertain) {
    const utf16 = chineseUtf16(bytes)
    if (utf16 !== null) return ok(utf16)
  }
  if (top === undefined || top.encoding === null) return err(unknownEncoding)
  const preferred =
    chineseEncodings[keyOf(top.encoding)] === undefined && top.confidence < uncertain
      ? candidates.find(
          (candidate) =>
            chineseEncodings[keyOf(candidate.encoding)] !== undefined &&
            candidate.confidence >= 0.75 * top.confidence,
        )
      : undefined
  const { encoding, language } = preferred ?? top
  if (encoding === null) return err(unknownEncoding)
  const key = keyOf(encoding)
  const chinese = chineseEncodings[key]
  if (chinese !== undefined) {
    // Big5 is (nearly) a subset of GBK's byte ranges: if one does not fit, the other may.
    const text = tryDecode(chinese, bytes) ?? tryDecode(chinese === 'big5' ? 'gb18030' : 'big5', bytes)
    return text === null ? err(unknownEncoding) : ok(text)
  }
  if (key === 'utf8') {
    // Mostly UTF-8 with a broken character (a file cut short): a � beats refusing the whole report.
    return ok(new TextDecoder('utf-8').decode(bytes))
  }
  if (key.startsWith('utf16') || key.startsWith('utf32')) {
    const text = key.startsWith('utf16')
      ? tryDecode(key.endsWith('be') ? 'utf-16be' : 'utf-16le', bytes)
      : decodeUtf32(bytes, !key.endsWith('be'))
    return text === null ? err(unknownEncoding) : ok(text)
  }
  // A guess this unsure is no name to tell a clerk (random bytes come out as some Windows code page).
  if (key === 'ascii' || (preferred ?? top).confidence < uncertain) return err(unknownEncoding)
  return err(foreignEncoding(encoding, key, language))
}

const notText = appError('not-text', '文件不是纯文本（含有二进制内容），请另存为 .txt 或 .docx 后重试。')

function orUnknown(text: string | null): Result<string, AppError> {
  return text === null ? err(unknownEncoding) : ok(text)
}

function startsWith(bytes: Uint8Array, mark: readonly number[]): boolean {
  return mark.every((byte, index) => bytes[index] === byte)
}

function decodeBytes(bytes: Uint8Array): Result<string, AppError> {
  // 1. Byte-order marks.
  if (startsWith(bytes, [0xff, 0xfe, 0, 0])) return orUnknown(decodeUtf32(bytes.subarray(4), true))
  if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return orUnknown(decodeUtf32(bytes.subarray(4), false))
  if (startsWith(bytes, [0xff, 0xfe])) return orUnknown(tryDecode('utf-16le', bytes.subarray(2)))
  if (startsWith(bytes, [0xfe, 0xff])) return orUnknown(tryDecode('utf-16be', bytes.subarray(2)))
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes
  // 2. Zero bytes: UTF-32 or UTF-16 without a BOM, or binary.
  if (body.includes(0)) {
    const utf32 = utf32WithoutBom(body)
    const text = utf32 !== null ? decodeUtf32(body, utf32) : utf16WithZeros(body)
    return text === null ? err(notText) : ok(text)
  }
  // 3. UTF-8, strictly: it rarely fits bytes meant as anything else.
  const utf8 = tryDecode('utf-8', body)
  if (utf8 !== null) return ok(utf8)
  // 4. and 5.
  return decodeDetected(body)
}

export function decodeText(bytes: Uint8Array): Result<string, AppError> {
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return decoded
  const normalized = decoded.value.replace(/\r\n?/g, '\n')
  if (normalized.trim().length === 0) return err(appError('empty', '文件是空的，没有可检查的内容。'))
  return ok(normalized)
}
