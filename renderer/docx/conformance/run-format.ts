// The effective size, East-Asian font and tracking of a run (ECMA-376 §17.7.2 style hierarchy): document
// defaults, then the paragraph style chain, then the character style chain, then direct formatting.
import { paragraphStyleId, styleChain, type StyleSheet } from './style-sheet'
import { wAttr, wChild } from './wordml'
import type { XmlElement } from '../xml/xml-tree'

export interface RunFormat {
  /** Half-points (w:sz); 20 (10 pt) when nothing sets it, as in Word. */
  readonly size: number
  /** The East-Asian typeface, with a theme reference resolved; null when nothing names one. */
  readonly eastAsia: string | null
  /** Character spacing in twips (w:spacing in rPr). */
  readonly spacing: number
}

const WORD_DEFAULT_SIZE = 20

function runLayers(sheet: StyleSheet, paragraph: XmlElement, run: XmlElement | null): XmlElement[] {
  const layers: XmlElement[] = []
  if (sheet.runDefaults !== null) layers.push(sheet.runDefaults)
  for (const style of styleChain(sheet, paragraphStyleId(sheet, paragraph))) {
    const rPr = wChild(style, 'rPr')
    if (rPr !== null) layers.push(rPr)
  }
  const direct = run === null ? null : wChild(run, 'rPr')
  if (direct !== null) {
    for (const style of styleChain(sheet, wAttr(wChild(direct, 'rStyle'), 'val'))) {
      const rPr = wChild(style, 'rPr')
      if (rPr !== null) layers.push(rPr)
    }
    layers.push(direct)
  }
  return layers
}

/** `run` null: what an empty run of this paragraph would get. */
export function runFormat(sheet: StyleSheet, paragraph: XmlElement, run: XmlElement | null): RunFormat {
  let size = WORD_DEFAULT_SIZE
  let eastAsia: string | null = null
  let spacing = 0
  for (const layer of runLayers(sheet, paragraph, run)) {
    const sz = Number(wAttr(wChild(layer, 'sz'), 'val') ?? Number.NaN)
    if (Number.isFinite(sz)) size = sz
    const fonts = wChild(layer, 'rFonts')
    const theme = wAttr(fonts, 'eastAsiaTheme')
    const named = wAttr(fonts, 'eastAsia')
    if (theme !== null) eastAsia = theme.startsWith('major') ? sheet.themeFonts.major : sheet.themeFonts.minor
    else if (named !== null) eastAsia = named
    const tracking = Number(wAttr(wChild(layer, 'spacing'), 'val') ?? Number.NaN)
    if (Number.isFinite(tracking)) spacing = tracking
  }
  return { size, eastAsia, spacing }
}
