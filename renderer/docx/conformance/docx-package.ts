// .docx bytes → the XML parts the conformance checks read: the main document, styles, settings, theme and
// the footers its last section points at. Our own XML reading (xml/xml-tree.ts), independent of mammoth, so
// a file the importer cannot read still gets its layout checked; the parts come from the same capped zip
// reader as the importer's (zip/read-docx-zip.ts). Runs in Node and the browser.
import { appError, err, ok, type AppError, type Result } from '../../core/result'
import { attributeNS, descendantsNS, MalformedXml, plainAttribute, type XmlElement } from '../xml/xml-tree'
import { xmlPart } from '../xml/xml-part'
import { readDocxZip, type DocxZip } from '../zip/read-docx-zip'
import { R_NS, wAttr, wChild, wChildren, wDescendants } from './wordml'

export type FooterKind = 'default' | 'even' | 'first'

/** Each part by its root element. */
export interface DocxPackage {
  readonly document: XmlElement
  readonly body: XmlElement
  /** The section properties that govern the end of the document (the body's last w:sectPr). */
  readonly section: XmlElement | null
  readonly styles: XmlElement | null
  readonly settings: XmlElement | null
  readonly theme: XmlElement | null
  readonly footers: Readonly<Partial<Record<FooterKind, XmlElement>>>
}

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** Relationship id → package path, resolved against the folder of the part that owns them. */
function relationships(zip: DocxZip, partPath: string): Map<string, { type: string; path: string }> {
  const folder = partPath.slice(0, partPath.lastIndexOf('/') + 1)
  const relsPath = `${folder}_rels/${partPath.slice(folder.length)}.rels`
  const tree = xmlPart(zip, relsPath)
  const found = new Map<string, { type: string; path: string }>()
  if (tree === null) return found
  for (const rel of descendantsNS(tree, RELS_NS, 'Relationship')) {
    const target = plainAttribute(rel, 'Target') ?? ''
    const path = target.startsWith('/') ? target.slice(1) : normalise(folder + target)
    found.set(plainAttribute(rel, 'Id') ?? '', { type: plainAttribute(rel, 'Type') ?? '', path })
  }
  return found
}

function normalise(path: string): string {
  const out: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop()
    else if (segment !== '.' && segment !== '') out.push(segment)
  }
  return out.join('/')
}

function partOfType(
  zip: DocxZip,
  rels: Map<string, { type: string; path: string }>,
  type: string,
): XmlElement | null {
  for (const rel of rels.values()) {
    if (!rel.type.endsWith(`/${type}`)) continue
    const tree = xmlPart(zip, rel.path)
    if (tree !== null) return tree
  }
  return null
}

function unreadable(name: string): AppError {
  return appError('not-a-docx', `“${name}”不是有效的 Word 文档（文件可能已损坏），无法检查版式。`)
}

export function readDocxPackage(bytes: Uint8Array, name: string): Result<DocxPackage, AppError> {
  const read = readDocxZip(bytes, name)
  if (!read.ok) return read
  const zip = read.value
  try {
    const packageRels = relationships(zip, '')
    const main = [...packageRels.values()].find((rel) => rel.type.endsWith('/officeDocument'))
    const mainPath = main?.path ?? 'word/document.xml'
    const document = xmlPart(zip, mainPath)
    if (document === null) return err(unreadable(name))
    const body = wDescendants(document, 'body')[0]
    if (body === undefined) return err(unreadable(name))
    const rels = relationships(zip, mainPath)
    const section = wChild(body, 'sectPr') ?? wDescendants(body, 'sectPr').at(-1) ?? null
    const footers: Partial<Record<FooterKind, XmlElement>> = {}
    for (const reference of section === null ? [] : wChildren(section, 'footerReference')) {
      const kind = (wAttr(reference, 'type') ?? 'default') as FooterKind
      const path = rels.get(attributeNS(reference, R_NS, 'id') ?? '')?.path
      const footer = path === undefined ? null : xmlPart(zip, path)
      if (footer !== null) footers[kind] = footer
    }
    return ok({
      document,
      body,
      section,
      styles: partOfType(zip, rels, 'styles'),
      settings: partOfType(zip, rels, 'settings'),
      theme: partOfType(zip, rels, 'theme'),
      footers,
    })
  } catch (error) {
    if (error instanceof MalformedXml) return err(unreadable(name))
    throw error
  }
}
