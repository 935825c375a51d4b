// Reading WordprocessingML (ECMA-376 Part 1 §17) from a parsed part (xml/xml-tree.ts): namespaced children,
// attributes, toggles and lengths. Producers differ in what they write (Word, WPS, LibreOffice, docx.js), so
// everything is looked up by namespace and local name, never by prefix.
import {
  attributeNS,
  descendantsNS,
  isElement,
  textContent,
  type XmlElement,
  type XmlNode,
} from '../xml/xml-tree'

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** Direct children in the w: namespace, optionally only those named `local`. */
/** A node that is a w: element, named `local` when given. */
function isW(node: XmlNode, local?: string): node is XmlElement {
  return isElement(node) && node.namespaceURI === W_NS && (local === undefined || node.localName === local)
}

export function wChildren(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => isW(child, local))
}

/** The first such child, found without listing the rest (the layout checks ask this for every run). */
export function wChild(element: XmlElement | null, local: string): XmlElement | null {
  return element?.children.find((child): child is XmlElement => isW(child, local)) ?? null
}

/** Descendants in the w: namespace named `local`, in document order. */
export function wDescendants(element: XmlElement, local: string): XmlElement[] {
  return descendantsNS(element, W_NS, local)
}

/** A w: attribute; null when absent. */
export function wAttr(element: XmlElement | null, local: string): string | null {
  return attributeNS(element, W_NS, local)
}

/** §17.17.4 ST_OnOff: an element without w:val is on; "0", "false", "off" turn it off. */
export function isOn(element: XmlElement | null): boolean | null {
  if (element === null) return null
  const value = wAttr(element, 'val')
  return value === null || !['0', 'false', 'off', 'none'].includes(value)
}

/**
 * A length in twips. Transitional files write plain twips; strict ones may add a unit (ST_TwipsMeasure
 * allows "37mm", "2.5cm", "72pt", "1in").
 */
export function twips(value: string | null): number | null {
  if (value === null) return null
  const match = /^(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)?$/.exec(value.trim())
  if (match === null) return null
  const number = Number(match[1])
  const perUnit: Readonly<Record<string, number>> = {
    mm: 1440 / 25.4,
    cm: 1440 / 2.54,
    in: 1440,
    pt: 20,
    pc: 240,
    pi: 240,
  }
  return Math.round(number * (match[2] === undefined ? 1 : (perUnit[match[2]] ?? 1)))
}

/** The nearest enclosing w:p of a node, so runs of a text box inside a paragraph are not counted twice. */
export function owningParagraph(element: XmlElement): XmlElement | null {
  for (let parent = element.parent; parent !== null; parent = parent.parent)
    if (parent.namespaceURI === W_NS && parent.localName === 'p') return parent
  return null
}

/** The runs of a paragraph itself (inside hyperlinks, insertions, fields), not those of nested text boxes. */
export function ownRuns(paragraph: XmlElement): XmlElement[] {
  return wDescendants(paragraph, 'r').filter((run) => owningParagraph(run) === paragraph)
}

/** The text of one run: w:t and tabs; deleted text (w:delText) is not text. */
export function runText(run: XmlElement): string {
  return wChildren(run)
    .map((child) => (child.localName === 't' ? textContent(child) : child.localName === 'tab' ? '\t' : ''))
    .join('')
}

export function paragraphText(paragraph: XmlElement): string {
  return ownRuns(paragraph).map(runText).join('')
}
