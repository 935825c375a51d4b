// The effective paragraph properties the checks need (line spacing, alignment, top/bottom borders),
// resolved through document defaults and the paragraph style chain, then direct formatting.
import { paragraphStyleId, styleChain, type StyleSheet } from './style-sheet'
import { wAttr, wChild, wChildren } from './wordml'
import type { XmlElement } from '../xml/xml-tree'

export interface Border {
  /** Width in eighths of a point (w:sz). */
  readonly size: number
  readonly color: string | null
}

export interface ParagraphFormat {
  readonly alignment: string | null
  /** w:spacing/@line in twips (exact/atLeast) or 240ths of a line (auto). */
  readonly line: number | null
  readonly lineRule: string | null
  readonly borders: { readonly top: Border | null; readonly bottom: Border | null }
}

/** A border element that draws something (val none/nil draws nothing). */
export function borderOf(element: XmlElement | null): Border | null {
  const value = wAttr(element, 'val')
  if (element === null || value === null || value === 'none' || value === 'nil') return null
  const size = Number(wAttr(element, 'sz') ?? '0')
  return { size: Number.isFinite(size) ? size : 0, color: wAttr(element, 'color') }
}

export function paragraphFormat(sheet: StyleSheet, paragraph: XmlElement): ParagraphFormat {
  const layers: XmlElement[] = []
  if (sheet.paragraphDefaults !== null) layers.push(sheet.paragraphDefaults)
  for (const style of styleChain(sheet, paragraphStyleId(sheet, paragraph))) {
    const pPr = wChild(style, 'pPr')
    if (pPr !== null) layers.push(pPr)
  }
  const direct = wChild(paragraph, 'pPr')
  if (direct !== null) layers.push(direct)
  let alignment: string | null = null
  let line: number | null = null
  let lineRule: string | null = null
  let top: Border | null = null
  let bottom: Border | null = null
  for (const layer of layers) {
    alignment = wAttr(wChild(layer, 'jc'), 'val') ?? alignment
    const spacing = wChild(layer, 'spacing')
    const lineValue = wAttr(spacing, 'line')
    if (lineValue !== null) line = Number(lineValue)
    lineRule = wAttr(spacing, 'lineRule') ?? lineRule
    const borders = wChild(layer, 'pBdr')
    if (borders !== null) {
      for (const side of wChildren(borders)) {
        if (side.localName === 'top') top = borderOf(side)
        if (side.localName === 'bottom') bottom = borderOf(side)
      }
    }
  }
  return { alignment, line, lineRule, borders: { top, bottom } }
}
