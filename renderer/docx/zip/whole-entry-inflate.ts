// A zip entry inflated in one call by an inflater the host brings: in Node that is zlib, native code that
// inflates a report's document.xml in about a millisecond where fflate's JavaScript, run once in a fresh CLI
// process, takes tens of them before the JIT has warmed up. fflate still walks the archive (read-docx-zip.ts);
// only the decoding of deflated entries changes hands. The caps hold as before: the inflater is told the most
// it may produce and refuses more, so a bomb is never inflated past what the entry declared.
import type { AsyncFlateStreamHandler, FlateError, UnzipDecoder, UnzipDecoderConstructor } from 'fflate'
import { concatBytes } from '../../core/concat-bytes'

/**
 * Inflates one whole raw-deflate stream (APPNOTE method 8); null when it would inflate to more than `maxBytes`.
 * Throws on data that is not deflate.
 */
export type RawInflate = (compressed: Uint8Array, maxBytes: number) => Uint8Array | null

/** What a whole-entry decoder reports through fflate's error argument, so the reader can tell a bomb from damage. */
export class InflateRefusal extends Error implements FlateError {
  readonly code = 0
  constructor(readonly tooLarge: boolean) {
    super(tooLarge ? 'inflates past its declared size' : 'not deflate data')
  }
}

/**
 * A decoder for fflate's streaming Unzip that gathers an entry's compressed bytes and inflates them with
 * `inflate` at the end. `maxEntryBytes` bounds an entry whose local header declares no size (data descriptor).
 */
export function wholeEntryInflate(inflate: RawInflate, maxEntryBytes: number): UnzipDecoderConstructor {
  return class WholeEntryInflate implements UnzipDecoder {
    static readonly compression = 8
    ondata: AsyncFlateStreamHandler = () => undefined
    private readonly chunks: Uint8Array[] = []
    /** One byte more than the entry may hold, so that "more than declared" is seen, not cut off. */
    private readonly maxBytes: number

    constructor(_name: string, _size?: number, originalSize?: number) {
      this.maxBytes = Math.min(originalSize ?? maxEntryBytes, maxEntryBytes) + 1
    }

    push(chunk: Uint8Array, final: boolean): void {
      // fflate may reuse the buffer behind a chunk once push returns.
      this.chunks.push(chunk.slice())
      if (!final) return
      let data: Uint8Array | null
      try {
        data = inflate(concatBytes(this.chunks), this.maxBytes)
      } catch {
        this.ondata(new InflateRefusal(false), new Uint8Array(0), true)
        return
      }
      if (data === null) this.ondata(new InflateRefusal(true), new Uint8Array(0), true)
      else this.ondata(null, data as Uint8Array<ArrayBuffer>, true)
    }
  }
}
