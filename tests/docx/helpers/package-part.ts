// One part of a .docx package as text, for tests that look at the XML docx wrote.
import { type Document, Packer } from 'docx'
import JSZip from 'jszip'

export async function partXml(docx: Uint8Array | ArrayBuffer, path: string): Promise<string> {
  const part = (await JSZip.loadAsync(docx)).file(path)
  if (part === null) throw new Error(`the package has no ${path}`)
  return part.async('string')
}

export async function packedPartXml(document: Document, path: string): Promise<string> {
  return partXml(await Packer.toArrayBuffer(document), path)
}

/** The body's paragraphs (`w:p` without attributes, as docx writes them), each as its XML. */
export const paragraphsOf = (xml: string): string[] => xml.match(/<w:p>.*?<\/w:p>/gu) ?? []
