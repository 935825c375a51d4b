// Refuses a .docx whose zip would blow up when opened, before mammoth (JSZip + pako) inflates it:
// JSZip trusts the archive and inflates every entry it is asked for without any size limit, so a
// 30 MB "document" can expand to gigabytes and take the app down with the clerk's unsaved work.
// Reads the central directory (APPNOTE.TXT 4.3.12/4.3.16) and enforces limits on entry count, sizes
// and compression ratio, then inflates each entry once with a hard cap, because the sizes in the
// directory are written by whoever made the file and may lie.
import { appError, err, ok, type AppError, type Result } from '../../core/result'

export const zipLimits = {
  /** A Word document has 10–30 parts, a few hundred with many images. */
  maxEntries: 2_000,
  /** document.xml of a very long report is a few MB; 50 MB of XML would already stall mammoth. */
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 150 * 1024 * 1024,
  /** Word XML compresses 10–30×; a bomb of zeros compresses ~1000×. Checked on entries above 1 MB. */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
} as const

interface ZipEntry {
  readonly name: string
  readonly flags: number
  readonly method: number
  readonly compressedSize: number
  readonly uncompressedSize: number
  readonly localHeaderOffset: number
}

const endSignature = 0x06054b50
const centralSignature = 0x02014b50
const localSignature = 0x04034b50
const zip64Marker = 0xffffffff

type Refusal = 'corrupt' | 'too-large' | 'encrypted'

function refusal(kind: Refusal, name: string): AppError {
  switch (kind) {
    case 'corrupt':
      return appError(
        'not-a-docx',
        `“${name}”不是有效的 Word 文档（文件已损坏或不完整），请用 Word 或 WPS 打开后另存为 .docx 再试。`,
      )
    case 'encrypted':
      return appError('encrypted-docx', `“${name}”设置了打开密码，请在 Word 或 WPS 中取消密码后再打开。`)
    case 'too-large':
      return appError(
        'docx-too-large',
        `“${name}”解压后内容过大，不像是一份年度报告（文件可能已损坏），已拒绝打开。请用 Word 或 WPS 另存为 .docx 后重试。`,
      )
  }
}

function findEnd(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes, so it starts within that distance.
  const last = view.byteLength - 22
  const first = Math.max(0, last - 0xffff)
  for (let at = last; at >= first; at -= 1) if (view.getUint32(at, true) === endSignature) return at
  return -1
}

/** Zip64 extra field (0x0001): the real sizes of an entry whose 32-bit fields hold 0xFFFFFFFF. */
function zip64Sizes(view: DataView, start: number, end: number, entry: { u: number; c: number }): void {
  for (let at = start; at + 4 <= end;) {
    const id = view.getUint16(at, true)
    const size = view.getUint16(at + 2, true)
    if (id === 0x0001) {
      let field = at + 4
      const read = (): number => {
        if (field + 8 > at + 4 + size) return Number.POSITIVE_INFINITY
        const value = Number(view.getBigUint64(field, true))
        field += 8
        return value
      }
      if (entry.u === zip64Marker) entry.u = read()
      if (entry.c === zip64Marker) entry.c = read()
      return
    }
    at += 4 + size
  }
}

function readEntries(bytes: Uint8Array): Result<readonly ZipEntry[], Refusal> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.byteLength < 22) return err('corrupt')
  const end = findEnd(view)
  if (end < 0) return err('corrupt')
  const count = view.getUint16(end + 10, true)
  const directoryOffset = view.getUint32(end + 16, true)
  // More entries than this (0xFFFF marks Zip64) is no Word document; no need to read a Zip64 end record.
  if (count > zipLimits.maxEntries) return err('too-large')
  const entries: ZipEntry[] = []
  const decoder = new TextDecoder()
  let at = directoryOffset
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== centralSignature) return err('corrupt')
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const next = at + 46 + nameLength + extraLength + commentLength
    if (next > view.byteLength) return err('corrupt')
    const sizes = { c: view.getUint32(at + 20, true), u: view.getUint32(at + 24, true) }
    if (sizes.c === zip64Marker || sizes.u === zip64Marker)
      zip64Sizes(view, at + 46 + nameLength, at + 46 + nameLength + extraLength, sizes)
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: sizes.c,
      uncompressedSize: sizes.u,
      localHeaderOffset: view.getUint32(at + 42, true),
    })
    at = next
  }
  return ok(entries)
}

function checkDeclared(entries: readonly ZipEntry[]): Refusal | null {
  let total = 0
  for (const entry of entries) {
    if ((entry.flags & 0x1) !== 0) return 'encrypted'
    const size = entry.uncompressedSize
    if (size > zipLimits.maxEntryBytes) return 'too-large'
    if (size > zipLimits.ratioFloorBytes && size > zipLimits.maxRatio * Math.max(entry.compressedSize, 1))
      return 'too-large'
    total += size
    if (total > zipLimits.maxTotalBytes) return 'too-large'
  }
  return null
}

/** Inflates one entry, counting bytes and giving up as soon as it yields more than it declared. */
async function inflatedSizeWithin(data: Uint8Array, limit: number): Promise<Refusal | null> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
  const reader = stream.getReader()
  let produced = 0
  try {
    for (;;) {
      const chunk = await reader.read()
      if (chunk.done) return produced === limit ? null : 'corrupt'
      produced += chunk.value.byteLength
      if (produced > limit) {
        await reader.cancel()
        return 'too-large'
      }
    }
  } catch {
    return 'corrupt'
  }
}

async function checkActual(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<Refusal | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (const entry of entries) {
    const at = entry.localHeaderOffset
    if (at + 30 > view.byteLength || view.getUint32(at, true) !== localSignature) return 'corrupt'
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
    const end = start + entry.compressedSize
    if (end > view.byteLength) return 'corrupt'
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) return 'corrupt'
    } else if (entry.method === 8) {
      const problem = await inflatedSizeWithin(bytes.subarray(start, end), entry.uncompressedSize)
      if (problem !== null) return problem
    } else {
      // Word, WPS and LibreOffice write only stored (0) and deflated (8) parts; JSZip reads no others.
      return 'corrupt'
    }
  }
  return null
}

export async function checkZipLimits(bytes: Uint8Array, name: string): Promise<Result<null, AppError>> {
  const entries = readEntries(bytes)
  if (!entries.ok) return err(refusal(entries.error, name))
  const declared = checkDeclared(entries.value)
  if (declared !== null) return err(refusal(declared, name))
  const actual = await checkActual(bytes, entries.value)
  return actual === null ? ok(null) : err(refusal(actual, name))
}
