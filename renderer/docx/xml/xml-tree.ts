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

/**
 * Keys the readers look attributes up by, made once each: the checks ask for the same few thousands of times.
 * Only names our code asks for come here, so the memo stays small whatever a file holds.
 */
const keys = new Map<string, Map<string, string>>()

function lookupKey(namespace: string, localName: string): string {
  let byName = keys.get(namespace)
  if (byName === undefined) {
    byName = new Map()
    keys.set(namespace, byName)
  }
  let key = byName.get(localName)
  if (key === undefined) {
    key = namespaceKey(namespace, localName)
    byName.set(localName, key)
  }
  return key
}

export function namespaceKey(namespace: string, localName: string): string {
  return `${namespace} ${localName}`
}

/**
 * Prefix ('' for the default namespace) → namespace URI, as declared at an element and above, with what the names
 * written under it resolve to: an element of a part repeats a few dozen names thousands of times.
 */
interface Scope {
  readonly prefixes: ReadonlyMap<string, string>
  readonly elementNames: Map<string, { readonly namespaceURI: string; readonly localName: string }>
  readonly attributeKeys: Map<string, string>
}

interface Building extends XmlElement {
  readonly children: XmlNode[]
  readonly scope: Scope
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'

function newScope(prefixes: ReadonlyMap<string, string>): Scope {
  return { prefixes, elementNames: new Map(), attributeKeys: new Map() }
}

function isDeclaration(name: string): boolean {
  return name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 0x3a)
}

/** The scope of an element: its parent's, or a new one with the element's own xmlns declarations. */
function scopeOf(attributes: Readonly<Record<string, string>>, parent: Scope): Scope {
  let prefixes: Map<string, string> | null = null
  for (const name in attributes) {
    if (!isDeclaration(name)) continue
    prefixes ??= new Map(parent.prefixes)
    prefixes.set(name.length === 5 ? '' : name.slice(6), attributes[name]!)
  }
  return prefixes === null ? parent : newScope(prefixes)
}

function elementName(
  qualified: string,
  scope: Scope,
): { readonly namespaceURI: string; readonly localName: string } {
  let name = scope.elementNames.get(qualified)
  if (name === undefined) {
    const colon = qualified.indexOf(':')
    const prefix = colon === -1 ? '' : qualified.slice(0, colon)
    name = { namespaceURI: scope.prefixes.get(prefix) ?? '', localName: qualified.slice(colon + 1) }
    scope.elementNames.set(qualified, name)
  }
  return name
}

/** An attribute's key: an unprefixed attribute is in no namespace, an xmlns declaration in XMLNS_NS. */
function attributeKey(qualified: string, scope: Scope): string {
  let key = scope.attributeKeys.get(qualified)
  if (key === undefined) {
    const colon = qualified.indexOf(':')
    const prefix = colon === -1 ? '' : qualified.slice(0, colon)
    const namespace = isDeclaration(qualified)
      ? XMLNS_NS
      : prefix === ''
        ? ''
        : (scope.prefixes.get(prefix) ?? '')
    key = namespaceKey(namespace, qualified.slice(colon + 1))
    scope.attributeKeys.set(qualified, key)
  }
  return key
}

/** Shared by the elements that have no attributes (most of a document's runs and texts). */
const noAttributes: ReadonlyMap<string, string> = new Map()

function element(tag: SaxesTagPlain, parent: Building | null, rootScope: Scope): Building {
  const scope = scopeOf(tag.attributes, parent?.scope ?? rootScope)
  let attributes: Map<string, string> | null = null
  for (const qualified in tag.attributes) {
    attributes ??= new Map()
    attributes.set(attributeKey(qualified, scope), tag.attributes[qualified]!)
  }
  const name = elementName(tag.name, scope)
  return {
    namespaceURI: name.namespaceURI,
    localName: name.localName,
    attributes: attributes ?? noAttributes,
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
  const rootScope = newScope(new Map([['xml', XML_NS]]))
  let root: Building | null = null
  const open: Building[] = []
  parser.on('opentag', (tag) => {
    const parent = open.at(-1) ?? null
    const opened = element(tag, parent, rootScope)
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
  return element?.attributes.get(lookupKey(namespace, localName)) ?? null
}

/** An attribute in no namespace (Target="…" in a .rels part), or null when absent. */
export function plainAttribute(element: XmlElement, name: string): string | null {
  return element.attributes.get(lookupKey('', name)) ?? null
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
