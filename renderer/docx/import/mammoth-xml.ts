// mammoth parses each part it reads with xmldom and then copies the DOM into elements of its own
// (mammoth/lib/xml/reader.js); in a review that was a third of the time, and the layout checks had parsed the same
// document.xml, styles and relationships already. Here mammoth's elements are made from our tree of the part
// (xml/xml-part.ts), parsed once for both. mammoth looks its parser up on every read (office-xml-reader.js calls
// `xml.readString`), so replacing that one function is enough; the test for this file fails if mammoth stops
// calling it. A part saxes refuses goes to mammoth's own parser, so no file reads worse than before: xmldom lets
// through a few faults saxes does not.
import mammothXml, {
  type MammothXmlElement,
  type MammothXmlNode,
  type NamespaceMap,
} from 'mammoth/lib/xml/index.js'
import { isOn } from '../conformance/wordml'
import { MalformedXml, parseXml, type XmlElement } from '../xml/xml-tree'

/** Texts of parts already parsed, as mammoth will hand them back to its parser (offerParsed). */
const offered = new Map<string, XmlElement>()
const domReadString = mammothXml.readString

/** Counts the parts mammoth had read through our tree; a test's proof that the replacement is in place. */
export const mammothXmlReads = { trees: 0 }

function mammothName(namespace: string, localName: string, namespaceMap: NamespaceMap): string {
  if (namespace === '') return localName
  const prefix = namespaceMap[namespace]
  return prefix === undefined ? `{${namespace}}${localName}` : `${prefix}:${localName}`
}

/**
 * Elements around text that mammoth's reader does not know, and drops with their text: a simple field's result
 * (w:fldSimple, such as a date Word keeps up to date), text set right-to-left or left-to-right (w:dir, w:bdo). They
 * are read as if they were not there; of a ruby (w:ruby, 拼音 over characters) the base text is read.
 */
const transparentWrappers = new Set(['w:fldSimple', 'w:dir', 'w:bdo'])
const rubyNames = { ruby: 'w:ruby', base: 'w:rubyBase' } as const

/** The children mammoth reads in place of `element`, or null when it reads the element itself. */
function readThrough(
  element: XmlElement,
  namespaceMap: NamespaceMap,
): readonly (XmlElement | string)[] | null {
  // most elements are none of these: their local name alone says so
  const local = element.localName
  if (local !== 'fldSimple' && local !== 'dir' && local !== 'bdo' && local !== 'ruby') return null
  const name = mammothName(element.namespaceURI, local, namespaceMap)
  if (transparentWrappers.has(name)) return element.children
  if (name !== rubyNames.ruby) return null
  return childNamed(element, rubyNames.base, namespaceMap)?.children ?? []
}

/** A child element named `name` (w:rPr, w:vanish …), as mammoth names it. */
function childNamed(element: XmlElement, name: string, namespaceMap: NamespaceMap): XmlElement | undefined {
  return element.children.find(
    (child): child is XmlElement =>
      typeof child !== 'string' && mammothName(child.namespaceURI, child.localName, namespaceMap) === name,
  )
}

/**
 * A run of hidden text (w:vanish, 隐藏文字): Word neither shows nor prints it, and mammoth would read it as any other.
 * Templates hide their instructions that way; what the writer never saw is left out.
 */
function isHiddenRun(element: XmlElement, namespaceMap: NamespaceMap): boolean {
  if (element.localName !== 'r' || mammothName(element.namespaceURI, 'r', namespaceMap) !== 'w:r')
    return false
  const properties = childNamed(element, 'w:rPr', namespaceMap)
  return properties !== undefined && isOn(childNamed(properties, 'w:vanish', namespaceMap) ?? null) === true
}

/** Our tree as mammoth's: names prefixed by its namespace map, adjacent texts (around a comment, CDATA) as one. */
function toMammoth(element: XmlElement, namespaceMap: NamespaceMap): MammothXmlElement {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [key, value] of element.attributes) {
    const space = key.lastIndexOf(' ')
    attributes[mammothName(key.slice(0, space), key.slice(space + 1), namespaceMap)] = value
  }
  const children: MammothXmlNode[] = []
  const state: { text: string | null } = { text: null }
  addChildren(element.children, namespaceMap, children, state)
  if (state.text !== null) children.push(mammothXml.text(state.text))
  return new mammothXml.Element(
    mammothName(element.namespaceURI, element.localName, namespaceMap),
    attributes,
    children,
  )
}

function addChildren(
  nodes: readonly (XmlElement | string)[],
  namespaceMap: NamespaceMap,
  children: MammothXmlNode[],
  state: { text: string | null },
): void {
  for (const child of nodes) {
    if (typeof child === 'string') {
      state.text = (state.text ?? '') + child
      continue
    }
    if (isHiddenRun(child, namespaceMap)) continue
    const through = readThrough(child, namespaceMap)
    if (through !== null) {
      addChildren(through, namespaceMap, children, state)
      continue
    }
    if (state.text !== null) children.push(mammothXml.text(state.text))
    state.text = null
    children.push(toMammoth(child, namespaceMap))
  }
}

function readString(text: string, namespaceMap: NamespaceMap = {}): Promise<MammothXmlNode> {
  let tree = offered.get(text)
  if (tree === undefined) {
    try {
      tree = parseXml(text)
    } catch (error) {
      if (error instanceof MalformedXml) return domReadString(text, namespaceMap)
      throw error
    }
  }
  mammothXmlReads.trees += 1
  return Promise.resolve(toMammoth(tree, namespaceMap))
}

mammothXml.readString = readString

/**
 * Lets mammoth's parser take `tree` for a part whose text is `text`, until the returned function is called. Keyed
 * by the text itself: that is all mammoth passes on, and two files with the same part have the same tree.
 */
export function offerParsed(text: string, tree: XmlElement): () => void {
  offered.set(text, tree)
  return () => {
    if (offered.get(text) === tree) offered.delete(text)
  }
}
