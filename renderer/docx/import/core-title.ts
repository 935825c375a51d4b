// The title a .docx carries in its document properties (docProps/core.xml dc:title). Our export writes the
// report's 标题 there as typed; the body holds it broken into lines (title-lines.ts), and a space the writer typed
// at a break (中共某某镇委员会 某某镇人民政府) is gone from the lines. Reading it back here keeps such a title the
// same when the export is opened again. Word and WPS keep the property as it was when the clerk edits the body's
// title, so it is taken only where it says the same as the body (`titleAsTyped`).
import { descendantsNS, parseXml, textContent } from '../xml/xml-tree'
import { partText, type DocxZip } from '../zip/read-docx-zip'

const DC_NS = 'http://purl.org/dc/elements/1.1/'

export function coreTitle(zip: DocxZip): string | null {
  const text = partText(zip, 'docProps/core.xml')
  if (text === null) return null
  const title = propertyText(text, 'title')?.trim() ?? ''
  return title === '' ? null : title
}

function propertyText(xml: string, name: string): string | null {
  try {
    const property = descendantsNS(parseXml(xml), DC_NS, name)[0]
    return property === undefined ? null : textContent(property)
  } catch {
    // a broken properties part says nothing about the title; the body still does
    return null
  }
}

/**
 * The body's title, spaced as the properties' title where the two differ only in white space: a title edited in
 * Word or WPS since has other words and keeps the body's reading.
 */
export function titleAsTyped(bodyTitle: string | null, propertyTitle: string | null): string | null {
  if (bodyTitle === null || propertyTitle === null) return bodyTitle
  const bare = (text: string): string => text.replace(/\s+/gu, '')
  return bare(bodyTitle) === bare(propertyTitle) ? propertyTitle.replace(/\s+/gu, ' ') : bodyTitle
}
