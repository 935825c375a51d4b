// The XML text of one prepared docx component (`prepForXml` output, e.g. `{ 'w:p': [ … ] }`), written the way docx's
// own writer (src/util/xml/stringify.ts, without indenting) writes it, quirks and all, so the body streamed by
// pack-docx.ts is byte for byte what docx would write. docx writes a whole part as one tree and one string; a
// 5000-row table or 150,000 paragraphs took gigabytes that way, so the body is written a block at a time instead.
// Text is also cleared of the characters XML forbids (xml-safe-text.ts): docx drops C0 controls but keeps U+FFFE,
// U+FFFF and lone surrogates, and Word refuses a file holding one.
import type { IXmlableObject } from 'docx'
import { escapeXml } from '../../core/xml-safe-text'

const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? escapeXml(value) : value)

/** Appends the XML of one element to `out`. */
function write(data: IXmlableObject, out: string[]): void {
  const name = Object.keys(data)[0]
  const values: unknown = name === undefined ? undefined : (data as Record<string, unknown>)[name]
  const attributes: string[] = []
  const content: unknown[] = []
  const addAttributes = (attr: Readonly<Record<string, unknown>>): void => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`)
  }
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string }
      if (attr !== undefined) addAttributes(attr)
      if (cdata !== undefined) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`)
      if (Array.isArray(values)) {
        // docx's writer starts and ends element content with an empty string, and a string child replaces the
        // last item: an element of only attributes is written open and closed, not empty (<w:b></w:b>)
        let isStringContent = false
        content.push('')
        for (const value of values as unknown[]) {
          if (typeof value === 'object' && value !== null) {
            const first = Object.keys(value)[0]
            if (first === '_attr') addAttributes((value as { _attr: Record<string, unknown> })._attr)
            else content.push(value)
          } else {
            content.pop()
            isStringContent = true
            content.push(escapeValue(value))
          }
        }
        if (!isStringContent) content.push('')
      }
    }
  } else content.push(escapeValue(values))

  const open =
    (name === undefined ? '' : `<${name}`) + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '')
  if (content.length === 0) {
    out.push(`${open}/>`)
    return
  }
  out.push(name === undefined ? open : `${open}>`)
  for (const child of content) {
    if (child === undefined) continue
    if (typeof child === 'object' && child !== null) write(child, out)
    else if (typeof child === 'string') out.push(child)
    else if (typeof child === 'number' || typeof child === 'boolean') out.push(String(child))
  }
  if (name !== undefined) out.push(`</${name}>`)
}

export function xmlableToString(data: IXmlableObject): string {
  const out: string[] = []
  write(data, out)
  return out.join('')
}
