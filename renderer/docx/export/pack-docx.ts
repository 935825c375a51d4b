// Document → bytes. Packer.toArrayBuffer runs the same in the browser and in Node (no Buffer), so the app,
// browser mode and the CLI share it.
import { type Document, Packer } from 'docx'

export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
