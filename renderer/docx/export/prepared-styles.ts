// The styles part (word/styles.xml) depends on nothing but the fonts, yet docx builds and prepares its thirty-odd
// styles again for every document: most of what the official frame costs when packing (`npm run bench`). So they are
// prepared once per set of fonts, in a document of no text that docx builds with our styles, and every export after
// that writes the prepared styles as they are.
// Preparing them here is also where Normal and 公文正文 get the switches docx has no style option for
// (official-paragraph.ts): written once in the style, not on each of the hundreds of paragraphs that use it; and
// where docx's default styles an official document has no use for are left out (keptStyleIds).
import { Document, type IStylesOptions, type IXmlableObject } from 'docx'
import type { OfficialFonts } from './official-fonts'
import { switchOffGridAndWidowControl } from './official-paragraph'
import { PreparedCache, PreparedXml } from './prepared-once'
import { bodyStyleId, keptStyleIds, officialStyles } from './styles'

type Element = Record<string, unknown>

const prepared = new PreparedCache<IStylesOptions>()

function childrenOf(element: unknown, name: string): unknown[] {
  const children = (element as Element)[name]
  if (!Array.isArray(children)) throw new Error(`docx wrote no children of ${name}`)
  return children
}

function styleIdOf(child: IXmlableObject): unknown {
  if (!('w:style' in child)) return undefined
  const attributes = childrenOf(child, 'w:style').find((part) => '_attr' in (part as Element))
  return (attributes as { _attr: Record<string, unknown> } | undefined)?._attr['w:styleId']
}

/** The namespaces, document defaults and latent styles, and the styles kept. */
const kept = (child: IXmlableObject): boolean => {
  const id = styleIdOf(child)
  return id === undefined || (typeof id === 'string' && keptStyleIds.has(id))
}

/**
 * `w:overflowPunct` on is what Word and WPS do anyway (a full-width comma or stop may hang past the right margin).
 * It is written because LibreOffice reads it the other way round (writerfilter makes it IsHangingPunctuation =
 * false) and hangs punctuation when it is absent — and a full-width comma it hangs before digits (依法履职，2023年)
 * is not printed at all. So LibreOffice pulls the character before such a mark down to the next line instead
 * (break-lines.ts follows it), and no comma is lost. In Normal, every paragraph inherits it.
 */
const overflowPunctOn: IXmlableObject = { 'w:overflowPunct': { _attr: { 'w:val': true } } }

/** The w:pPr children of a style docx wrote. */
function paragraphPropertiesOf(children: readonly IXmlableObject[], id: string): unknown[] {
  const style = children.find((child) => styleIdOf(child) === id)
  const properties = childrenOf(style, 'w:style').find((part) => 'w:pPr' in (part as Element))
  if (properties === undefined) throw new Error(`docx wrote no w:pPr for ${id}`)
  return childrenOf(properties, 'w:pPr')
}

function prepare(fonts: OfficialFonts): readonly IXmlableObject[] {
  const sample = new Document({ sections: [], styles: officialStyles(fonts) })
  // as docx's compiler formats the styles part: in the document, with its body as the view
  const xml = sample.Styles.prepForXml({ file: sample, viewWrapper: sample.Document, stack: [] })
  const children = (childrenOf(xml, 'w:styles') as IXmlableObject[]).filter(kept)
  switchOffGridAndWidowControl(paragraphPropertiesOf(children, bodyStyleId))
  const normal = paragraphPropertiesOf(children, 'Normal')
  switchOffGridAndWidowControl(normal)
  // CT_PPrBase: … overflowPunct, topLinePunct, autoSpaceDE …
  normal.splice(
    normal.findIndex((child) => 'w:autoSpaceDE' in (child as Element)),
    0,
    overflowPunctOn,
  )
  return children
}

/** The document's styles, as docx writes `officialStyles(fonts)` with the switches of Normal and 公文正文, once per fonts. */
export function preparedStyles(fonts: OfficialFonts): IStylesOptions {
  return prepared.get(JSON.stringify(fonts), () => {
    // the first child is the part's namespace attributes, which docx's own styles put first too
    const [attributes, ...styles] = prepare(fonts)
    // components that only give back what they were made with: the same ones serve every document
    return {
      initialStyles: new PreparedXml(attributes ?? {}),
      importedStyles: styles.map((style) => new PreparedXml(style)),
    }
  })
}
