// Reading WordprocessingML (ECMA-376 Part 1 §17) through the plain DOM API of @xmldom/xmldom: namespaced
// children, attributes, toggles and lengths. Producers differ in what they write (Word, WPS, LibreOffice,
// docx.js), so everything is looked up by namespace and local name, never by prefix.

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

const ELEMENT_NODE = 1

/** Direct children in the w: namespace, optionally only those named `local`. */
export function wChildren(element: Element, local?: string): Element[] {
  const found: Element[] = []
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== ELEMENT_NODE) continue
    const child = node as Element
    if (child.namespaceURI === W_NS && (local === undefined || child.localName === local)) found.push(child)
  }
  return found
}

export function wChild(element: Element | null, local: string): Element | null {
  return element === null ? null : (wChildren(element, local)[0] ?? null)
}

/** Descendants in the w: namespace named `local`, in document order. */
export function wDescendants(element: Element | Document, local: string): Element[] {
  return Array.from(element.getElementsByTagNameNS(W_NS, local))
}

/** A w: attribute; null when absent (xmldom returns '' for a missing attribute). */
export function wAttr(element: Element | null, local: string): string | null {
  if (element === null || !element.hasAttributeNS(W_NS, local)) return null
  return element.getAttributeNS(W_NS, local)
}

/** §17.17.4 ST_OnOff: an element without w:val is on; "0", "false", "off" turn it off. */
export function isOn(element: Element | null): boolean | null {
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
export function owningParagraph(node: Node): Element | null {
  for (let parent = node.parentNode; parent !== null; parent = parent.parentNode) {
    const element = parent as Element
    if (element.namespaceURI === W_NS && element.localName === 'p') return element
  }
  return null
}

/** The runs of a paragraph itself (inside hyperlinks, insertions, fields), not those of nested text boxes. */
export function ownRuns(paragraph: Element): Element[] {
  return wDescendants(paragraph, 'r').filter((run) => owningParagraph(run) === paragraph)
}

/** The text of one run: w:t and tabs; deleted text (w:delText) is not text. */
export function runText(run: Element): string {
  return wChildren(run)
    .map((child) =>
      child.localName === 't' ? (child.textContent ?? '') : child.localName === 'tab' ? '\t' : '',
    )
    .join('')
}

export function paragraphText(paragraph: Element): string {
  return ownRuns(paragraph).map(runText).join('')
}
