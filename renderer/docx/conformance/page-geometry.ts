// Page size and margins of the governing section, in twips. Word's defaults apply to what is not written
// (ECMA-376 §17.6.13/§17.6.11), so a file that omits them is judged by what Word would print.
import { twips, wAttr, wChild } from './wordml'
import type { XmlElement } from '../xml/xml-tree'

export interface PageGeometry {
  readonly width: number
  readonly height: number
  readonly top: number
  readonly bottom: number
  readonly left: number
  readonly right: number
}

/** Letter paper and 1-inch/1.25-inch margins: what Word assumes when a section says nothing. */
const wordDefaults: PageGeometry = {
  width: 12240,
  height: 15840,
  top: 1440,
  bottom: 1440,
  left: 1800,
  right: 1800,
}

export function pageGeometry(section: XmlElement | null): PageGeometry {
  const size = wChild(section, 'pgSz')
  const margin = wChild(section, 'pgMar')
  const read = (element: XmlElement | null, name: string, fallback: number): number =>
    twips(wAttr(element, name)) ?? fallback
  return {
    width: read(size, 'w', wordDefaults.width),
    height: read(size, 'h', wordDefaults.height),
    // A negative top/bottom margin means "fixed, text may not push it", same distance.
    top: Math.abs(read(margin, 'top', wordDefaults.top)),
    bottom: Math.abs(read(margin, 'bottom', wordDefaults.bottom)),
    left: read(margin, 'left', wordDefaults.left),
    right: read(margin, 'right', wordDefaults.right),
  }
}

/** Twips → millimetres with one decimal, for messages. */
export function mm(twipsValue: number): string {
  return (Math.round((twipsValue / 1440) * 254) / 10).toFixed(1).replace(/\.0$/, '')
}
