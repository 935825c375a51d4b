// An XML part as a plain tree of elements and text, parsed by saxes (a strict XML parser):
// what the layout checks and the properties reader need, without a DOM. A DOM (xmldom) cost the review of a
// folder a fifth of its time to build nodes, attribute nodes and live node lists nobody used. Elements and
// attributes are known by namespace and local name, never by prefix: producers (Word, WPS, LibreOffice, docx.js)
// choose prefixes freely. Runs in Node and the browser.
import { SaxesParser, type SaxesTagPlain } from 'saxes'

export interface XmlElement {
  /** '' for an element in no namespace. */
  readonly namespaceURI: string
  readonly localName: string
  /** Attribute values by `namespaceKey(namespace, localName)`; an unprefixed attribute is in no namespace (''). */
  readonly attributes: ReadonlyMap<string, string>
  /** Elements and text, in document order. */
  readonly children: readonly XmlNode[]
  readonly parent: XmlElement | null
}

export type XmlNode = XmlElement | string

/** Thrown by parseXml for a part that is not well-formed XML. */
export class MalformedXml extends Error {}

export function namespaceKey(namespace: string, localName: string): string {
  return `${namespace} ${localName}`
}

interface Building extends XmlElement {
  readonly children: XmlNode[]
  /** Prefix ('' for the default namespace) → namespace URI, as declared here and above. */
  readonly scope: ReadonlyMap<string, string>
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'
const rootScope: ReadonlyMap<string, string> = new Map([['xml', XML_NS]])

/** The scope of an element: its parent's, or a copy with the element's own xmlns declarations. */
function scopeOf(attributes: Readonly<Record<string, string>>, parent: ReadonlyMap<string, string>) {
  let scope: Map<string, string> | null = null
  for (const [name, value] of Object.entries(attributes)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue
    scope ??= new Map(parent)
    scope.set(name === 'xmlns' ? '' : name.slice('xmlns:'.length), value)
  }
  return scope ?? parent
}

function splitName(name: string): { readonly prefix: string; readonly local: string } {
  const colon = name.indexOf(':')
  return colon === -1
    ? { prefix: '', local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) }
}

function element(tag: SaxesTagPlain, parent: Building | null): Building {
  const scope = scopeOf(tag.attributes, parent?.scope ?? rootScope)
  const name = splitName(tag.name)
  const attributes = new Map<string, string>()
  for (const [qualified, value] of Object.entries(tag.attributes)) {
    const { prefix, local } = splitName(qualified)
    const namespace =
      qualified === 'xmlns' || prefix === 'xmlns' ? XMLNS_NS : prefix === '' ? '' : (scope.get(prefix) ?? '')
    attributes.set(namespaceKey(namespace, local), value)
  }
  return {
    namespaceURI: scope.get(name.prefix) ?? '',
    localName: name.local,
    attributes,
    children: [],
    parent,
    scope,
  }
}

/**
 * The root element of `text`; throws MalformedXml when it is not well-formed. Namespaces are resolved here, one
 * scope per element that declares any (saxes' own resolution walks every open element for every name, which a
 * part nested a hundred thousand deep turns into minutes). A prefix used without its namespace declared is let
 * through, its element taken as in no namespace: Word opens such parts, and so did the DOM parser this replaced.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser()
  let root: Building | null = null
  const open: Building[] = []
  parser.on('opentag', (tag) => {
    const parent = open.at(-1) ?? null
    const opened = element(tag, parent)
    if (parent === null) root ??= opened
    else parent.children.push(opened)
    open.push(opened)
  })
  parser.on('closetag', () => {
    open.pop()
  })
  const addText = (content: string): void => {
    const parent = open.at(-1)
    if (parent !== undefined && content !== '') parent.children.push(content)
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  try {
    parser.write(text).close()
  } catch (error) {
    throw new MalformedXml(error instanceof Error ? error.message : String(error))
  }
  if (root === null) throw new MalformedXml('no root element')
  return root
}

/** An element standing on its own, as a default to read formats from (line-grid.ts). */
export function emptyElement(namespaceURI: string, localName: string): XmlElement {
  return { namespaceURI, localName, attributes: new Map(), children: [], parent: null }
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string'
}

/** A namespaced attribute, or null when absent. */
export function attributeNS(element: XmlElement | null, namespace: string, localName: string): string | null {
  return element?.attributes.get(namespaceKey(namespace, localName)) ?? null
}

/** An attribute in no namespace (Target="…" in a .rels part), or null when absent. */
export function plainAttribute(element: XmlElement, name: string): string | null {
  return element.attributes.get(namespaceKey('', name)) ?? null
}

/**
 * Descendants of `element` (not itself) in `namespace` named `localName` ('*' for any), in document order.
 * Walked with a stack of its own, so a part nested thousands deep cannot overflow the call stack.
 */
export function descendantsNS(element: XmlElement, namespace: string, localName: string): XmlElement[] {
  const found: XmlElement[] = []
  const stack: XmlElement[] = [...element.children.filter(isElement)].reverse()
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.namespaceURI === namespace && (localName === '*' || next.localName === localName))
      found.push(next)
    for (let at = next.children.length - 1; at >= 0; at -= 1) {
      const child = next.children[at]
      if (child !== undefined && isElement(child)) stack.push(child)
    }
  }
  return found
}

/** All the text inside `element`, in document order. */
export function textContent(element: XmlElement): string {
  const parts: string[] = []
  const stack: XmlNode[] = [...element.children].reverse()
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (!isElement(next)) parts.push(next)
    else for (let at = next.children.length - 1; at >= 0; at -= 1) stack.push(next.children[at] as XmlNode)
  }
  return parts.join('')
}
