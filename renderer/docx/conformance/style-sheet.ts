// styles.xml and the theme as a lookup: document defaults, styles by id with their basedOn chains, the
// default paragraph style, and the theme's East-Asian fonts (a run may name "minorEastAsia" instead of
// a font, which is how Word's built-in styles leak 等线/宋体 into a report).
import { descendantsNS, plainAttribute, type XmlElement } from '../xml/xml-tree'
import type { DocxPackage } from './docx-package'
import { wAttr, wChild, wChildren } from './wordml'

const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main'

export interface StyleSheet {
  readonly runDefaults: XmlElement | null
  readonly paragraphDefaults: XmlElement | null
  readonly byId: ReadonlyMap<string, XmlElement>
  readonly defaultParagraphStyle: string | null
  /** East-Asian typeface of the theme's minor (body) and major (heading) fonts. */
  readonly themeFonts: { readonly minor: string | null; readonly major: string | null }
}

function themeFont(theme: XmlElement | null, kind: 'minorFont' | 'majorFont'): string | null {
  const font = theme === null ? undefined : descendantsNS(theme, A_NS, kind)[0]
  if (font === undefined) return null
  for (const child of descendantsNS(font, A_NS, 'font'))
    if (plainAttribute(child, 'script') === 'Hans') return plainAttribute(child, 'typeface')
  const east = descendantsNS(font, A_NS, 'ea')[0]
  const ea = east === undefined ? null : plainAttribute(east, 'typeface')
  return ea === null || ea === '' ? null : ea
}

export function buildStyleSheet(pkg: DocxPackage): StyleSheet {
  const root = pkg.styles
  const defaults = wChild(root, 'docDefaults')
  const byId = new Map<string, XmlElement>()
  let defaultParagraphStyle: string | null = null
  for (const style of root === null ? [] : wChildren(root, 'style')) {
    const id = wAttr(style, 'styleId')
    if (id === null) continue
    byId.set(id, style)
    const isDefault = wAttr(style, 'default')
    if (
      wAttr(style, 'type') === 'paragraph' &&
      (isDefault === '1' || isDefault === 'true' || isDefault === 'on')
    ) {
      defaultParagraphStyle = id
    }
  }
  return {
    runDefaults: wChild(wChild(defaults, 'rPrDefault'), 'rPr'),
    paragraphDefaults: wChild(wChild(defaults, 'pPrDefault'), 'pPr'),
    byId,
    defaultParagraphStyle,
    themeFonts: { minor: themeFont(pkg.theme, 'minorFont'), major: themeFont(pkg.theme, 'majorFont') },
  }
}

/** A style and the styles it is based on, weakest (the root) first. */
export function styleChain(sheet: StyleSheet, id: string | null): XmlElement[] {
  const chain: XmlElement[] = []
  const seen = new Set<string>()
  for (let current = id; current !== null && !seen.has(current);) {
    seen.add(current)
    const style = sheet.byId.get(current)
    if (style === undefined) break
    chain.unshift(style)
    current = wAttr(wChild(style, 'basedOn'), 'val')
  }
  return chain
}

/** The paragraph style id of a paragraph, or the document's default paragraph style. */
export function paragraphStyleId(sheet: StyleSheet, paragraph: XmlElement): string | null {
  return wAttr(wChild(wChild(paragraph, 'pPr'), 'pStyle'), 'val') ?? sheet.defaultParagraphStyle
}
