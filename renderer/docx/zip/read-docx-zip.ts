// .docx bytes → its XML parts: the one zip reader behind every reader of .docx in the app — the input
// guard (electron/io/read-input.ts, the browser bridge), the importer (mammoth is handed a package
// re-zipped from these parts, read-docx-document.ts) and the layout checker (conformance/docx-package.ts).
// A guard that parses the zip one way and a reader that parses it another can be made to disagree: an
// end record that under-counts its entries, or a central directory the other reader finds shifted,
// lets a harmless view pass the guard while the reader inflates gigabytes. So there is one view, and
// the caps hold while it is being built rather than being checked beforehand.
//
// fflate reads the archive twice, both without our own parsing (APPNOTE.TXT 4.3): unzipSync with a
// filter that inflates nothing lists the central directory, and the streaming Unzip walks the local
// headers, inflating only the XML parts, chunk by chunk (or, given a native inflater, each part whole
// but never past its cap: whole-entry-inflate.ts), and stopping as soon as a cap is passed. Both lists
// must name the same entries with the same sizes, or the file is refused: then Word, WPS and our
// readers cannot be shown different documents in one file.
import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate'
import { appError, err, ok, type AppError, type Result } from '../../core/result'
import { concatBytes } from '../../core/concat-bytes'
import { InflateRefusal, type RawInflate, wholeEntryInflate } from './whole-entry-inflate'

/**
 * The hard limits, all in one place. A .docx past any of them is refused, not read in part. They are
 * set so that reading any input the size checks let through (30 MB) stays under 512 MB, measured with
 * tests/cli/hostile-docx.test.ts and `review` (the heaviest command: the importer and the layout checker).
 */
export const docxZipCaps = {
  /** A Word document has 10–30 parts, a few hundred with many images. */
  maxEntries: 2_000,
  /** Inflated bytes of one XML part. document.xml of a long report (100 pages) is 1–2 MB. */
  maxEntryBytes: 6 * 1024 * 1024,
  /**
   * Inflated bytes of all XML parts together (images and embedded files are never inflated). Text is
   * what costs here: 8 MB of it in one document peaks near 480 MB through mammoth and the checks.
   */
  maxTotalBytes: 8 * 1024 * 1024,
  /**
   * Tags ('<') in all XML parts together. mammoth's parse peaks at about 1.5 KB per element, so a few
   * MB of `<w:p/>` would take more memory than gigabytes of zeros; a long report has 20 000–150 000.
   */
  maxTags: 200_000,
} as const

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most 1032:1, so one push yields
 * at most ~16 MB before the caps are looked at again.
 */
const pushBytes = 16 * 1024

export interface DocxZip {
  /** Every entry of the archive, in the order of its local headers, inflated or not. */
  readonly names: readonly string[]
  /** The inflated XML parts (*.xml, *.rels, [Content_Types].xml; see isReadPart) by entry name. */
  readonly parts: ReadonlyMap<string, Uint8Array>
}

type Refusal = 'corrupt' | 'too-large'

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal)
  }
}

function refusal(kind: Refusal, name: string): AppError {
  return kind === 'corrupt'
    ? appError(
        'not-a-docx',
        `“${name}”不是有效的 Word 文档（文件已损坏或不完整），请用 Word 或 WPS 打开后另存为 .docx 再试。`,
      )
    : appError(
        'docx-too-large',
        `“${name}”解压后内容过大，不像是一份年度报告（文件可能已损坏），已拒绝打开。请用 Word 或 WPS 另存为 .docx 后重试。`,
      )
}

/** Folders of XML that neither mammoth nor the layout checker open (properties, custom data, building blocks). */
const unreadFolders = ['docprops/', 'customxml/', 'word/glossary/']

/** Of the properties, the importer reads the title (import/core-title.ts). */
const readProperties = 'docprops/core.xml'

/** The parts any reader of ours (or mammoth) reads are XML; images, fonts and embedded files are not. */
function isReadPart(name: string): boolean {
  const lower = name.toLowerCase()
  if (lower !== readProperties && unreadFolders.some((folder) => lower.startsWith(folder))) return false
  return lower.endsWith('.xml') || lower.endsWith('.rels')
}

function countTags(data: Uint8Array): number {
  let count = 0
  for (let at = data.indexOf(0x3c); at !== -1; at = data.indexOf(0x3c, at + 1)) count += 1
  return count
}

interface Listed {
  readonly compression: number
  readonly size: number
  readonly originalSize: number
}

/** The central directory as fflate reads it; the filter declines every entry, so nothing is inflated. */
function centralDirectory(bytes: Uint8Array): ReadonlyMap<string, Listed> {
  const listed = new Map<string, Listed>()
  unzipSync(bytes, {
    filter: (file) => {
      // Checked per entry: a Zip64 end record can claim four billion of them.
      if (listed.size >= docxZipCaps.maxEntries) throw new Refused('too-large')
      if (listed.has(file.name)) throw new Refused('corrupt')
      listed.set(file.name, {
        compression: file.compression,
        size: file.size,
        originalSize: file.originalSize,
      })
      return false
    },
  })
  return listed
}

/** A local header must describe the entry the directory lists (sizes are absent with a data descriptor). */
function matchesDirectory(file: UnzipFile, listed: Listed): boolean {
  if (listed.compression !== file.compression) return false
  if (file.size !== undefined && file.size !== listed.size) return false
  if (file.originalSize !== undefined && file.originalSize !== listed.originalSize) return false
  // A stored entry is its own content: two different sizes can only be a lie.
  return listed.compression !== 0 || listed.size === listed.originalSize
}

function readEntries(bytes: Uint8Array, inflate: RawInflate | undefined): DocxZip {
  const listed = centralDirectory(bytes)
  const names: string[] = []
  const seen = new Set<string>()
  const parts = new Map<string, Uint8Array>()
  // Set from inside fflate's callbacks, which must not throw (UnzipInflate turns a throw into a data error).
  const state: { failure: Refusal | null; total: number; tags: number } = { failure: null, total: 0, tags: 0 }
  const unzip = new Unzip((file) => {
    const entry = listed.get(file.name)
    if (names.length >= docxZipCaps.maxEntries) throw new Refused('too-large')
    if (seen.has(file.name) || entry === undefined) throw new Refused('corrupt')
    // Before the consistency checks, so a part declaring gigabytes is called too large, not broken.
    if (isReadPart(file.name) && entry.originalSize > docxZipCaps.maxEntryBytes)
      throw new Refused('too-large')
    if (!matchesDirectory(file, entry)) throw new Refused('corrupt')
    seen.add(file.name)
    names.push(file.name)
    // Not started, so never inflated: fflate keeps only views of its compressed bytes.
    if (!isReadPart(file.name)) return
    if (file.compression !== 0 && file.compression !== 8) throw new Refused('corrupt')
    const declared = entry.originalSize
    if (declared > docxZipCaps.maxEntryBytes || state.total + declared > docxZipCaps.maxTotalBytes)
      throw new Refused('too-large')
    const chunks: Uint8Array[] = []
    let size = 0
    file.ondata = (error, data, final) => {
      if (state.failure !== null) return
      if (error !== null) {
        state.failure = error instanceof InflateRefusal && error.tooLarge ? 'too-large' : 'corrupt'
        return
      }
      size += data.length
      state.total += data.length
      state.tags += countTags(data)
      // More than it declared is a bomb, whatever the caps would still allow.
      if (
        size > declared ||
        size > docxZipCaps.maxEntryBytes ||
        state.total > docxZipCaps.maxTotalBytes ||
        state.tags > docxZipCaps.maxTags
      ) {
        state.failure = 'too-large'
        return
      }
      chunks.push(data)
      if (!final) return
      if (size === declared) parts.set(file.name, concatBytes(chunks))
      else state.failure = 'corrupt'
    }
    file.start()
  })
  unzip.register(inflate === undefined ? UnzipInflate : wholeEntryInflate(inflate, docxZipCaps.maxEntryBytes))
  // A host inflater caps each part itself, so the archive goes in whole; fflate's streams are fed a little at a time.
  const step = inflate === undefined ? pushBytes : bytes.length
  for (let at = 0; at < bytes.length; at += step) {
    unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length)
    if (state.failure !== null) throw new Refused(state.failure)
  }
  if (names.length !== listed.size) throw new Refused('corrupt')
  return { names, parts }
}

function readOrRefuse(bytes: Uint8Array, inflate: RawInflate | undefined): Result<DocxZip, Refusal> {
  try {
    return ok(readEntries(bytes, inflate))
  } catch (error) {
    // fflate throws on what it cannot parse (no end record, a header cut off, bad deflate data).
    return err(error instanceof Refused ? error.refusal : 'corrupt')
  }
}

/**
 * One read per byte array: the input guard, the layout checker and the importer each ask for the same
 * bytes, and get the very same entries (and the file is inflated once, not three times).
 */
const read = new WeakMap<Uint8Array, Result<DocxZip, Refusal>>()

/**
 * `inflate`: the host's own inflater for deflated parts (Node's zlib, electron/io/native-inflate.ts); fflate's
 * JavaScript inflater without one. The first reader of a byte array decides, as the entries are remembered.
 */
export function readDocxZip(
  bytes: Uint8Array,
  name: string,
  inflate?: RawInflate,
): Result<DocxZip, AppError> {
  let result = read.get(bytes)
  if (result === undefined) {
    result = readOrRefuse(bytes, inflate)
    read.set(bytes, result)
  }
  return result.ok ? result : err(refusal(result.error, name))
}

/** One XML part as text (UTF-8, as OOXML writes it; a BOM is dropped), or null when there is none. */
export function partText(zip: DocxZip, path: string): string | null {
  const part = zip.parts.get(path)
  return part === undefined ? null : new TextDecoder().decode(part)
}
