// One parse per XML part of an opened .docx: the layout checks (conformance/docx-package.ts), the properties
// title (import/core-title.ts) and mammoth (import/mammoth-xml.ts) read the same document.xml, styles.xml and
// relationships, and each part is parsed once for all of them. A review of a folder spent a third of its time
// parsing the same XML twice. Trees are never changed by their readers, so sharing one is safe.
import { MalformedXml, parseXml, type XmlElement } from './xml-tree'
import { partText, type DocxZip } from '../zip/read-docx-zip'

const parsed = new WeakMap<DocxZip, Map<string, XmlElement | MalformedXml>>()

/** The root of part `path`, or null when the package has none; throws MalformedXml as parseXml does. */
export function xmlPart(zip: DocxZip, path: string): XmlElement | null {
  let parts = parsed.get(zip)
  if (parts === undefined) {
    parts = new Map()
    parsed.set(zip, parts)
  }
  let tree = parts.get(path)
  if (tree === undefined) {
    const text = partText(zip, path)
    if (text === null) return null
    try {
      tree = parseXml(text)
    } catch (error) {
      if (!(error instanceof MalformedXml)) throw error
      tree = error
    }
    parts.set(path, tree)
  }
  if (tree instanceof MalformedXml) throw tree
  return tree
}
