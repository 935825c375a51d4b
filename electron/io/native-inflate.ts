// zlib's raw inflate for the .docx reader (renderer/docx/zip/whole-entry-inflate.ts): the Node side of the app
// and the CLI read every .docx through it.
import { inflateRawSync } from 'node:zlib'
import type { RawInflate } from '../../renderer/docx/zip/whole-entry-inflate'
import { errorCode } from './unreadable-entry'

export const nativeInflate: RawInflate = (compressed, maxBytes) => {
  try {
    // zlib stops and throws once the output passes maxOutputLength, so a bomb is never inflated whole.
    return inflateRawSync(compressed, { maxOutputLength: maxBytes })
  } catch (error) {
    if (errorCode(error) === 'ERR_BUFFER_TOO_LARGE') return null
    throw error
  }
}
