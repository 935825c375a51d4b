// A paragraph that keeps the GB/T 9704 line rhythm by itself instead of through the character grid.
// The section declares the 22 × 28 grid (gbt9704.ts), which is what Word and WPS show in 页面设置 and apply to
// text typed later. Our own paragraphs carry the same pitch (exact 28.95 pt lines, tracking: directly, or through
// the 公文正文 style of styles.ts) and set `w:snapToGrid=0`: LibreOffice 7.4 lays a 16 pt glyph over two 15.79 pt
// grid cells and breaks body lines after 14 characters. docx has no snapToGrid option, so it is added to the
// prepared XML here.
// Widow control is off: it would pull a line onto the next page and leave pages of 21 lines (§5.2.3 wants 22).
// docx has neither switch for paragraph styles, so they are written on every paragraph here; 公文正文 and the
// headings based on it get them in their style instead (prepared-styles.ts), where they are written once.
import { type IContext, type IParagraphOptions, type IXmlableObject, ParagraphProperties } from 'docx'
import { PreparedCache, PreparedOnce } from './prepared-once'
import { type Properties, SharedPropertiesParagraph } from './shared-properties-paragraph'

/** CT_PPr children that come before `w:widowControl` (ECMA-376 §17.3.1.26 sequence). */
const BEFORE_WIDOW_CONTROL = new Set([
  'w:pStyle',
  'w:keepNext',
  'w:keepLines',
  'w:pageBreakBefore',
  'w:framePr',
])

/** CT_PPr children that must come after `w:snapToGrid` (ECMA-376 §17.3.1.26 sequence); Word rejects other orders. */
const AFTER_SNAP_TO_GRID = new Set([
  'w:spacing',
  'w:ind',
  'w:contextualSpacing',
  'w:mirrorIndents',
  'w:suppressOverlap',
  'w:jc',
  'w:textDirection',
  'w:textAlignment',
  'w:textboxTightWrap',
  'w:outlineLvl',
  'w:divId',
  'w:cnfStyle',
  'w:rPr',
  'w:sectPr',
  'w:pPrChange',
])

// Shared, never-changing objects: the packer only reads them, and a 30-page report writes them a hundred times.
const widowControlOff: IXmlableObject = { 'w:widowControl': { _attr: { 'w:val': false } } }
const snapToGridOff: IXmlableObject = { 'w:snapToGrid': { _attr: { 'w:val': false } } }
// Word and WPS widen the gap between Chinese and digits (DN) or Latin letters (DE) unless these are off, and a line
// of 28 characters holding 2023年 then no longer fits (LibreOffice ignores both, so only the XML shows them).
const autoSpaceDEOff: IXmlableObject = { 'w:autoSpaceDE': { _attr: { 'w:val': false } } }
const autoSpaceDNOff: IXmlableObject = { 'w:autoSpaceDN': { _attr: { 'w:val': false } } }

function insertAt(props: unknown[], index: number, element: IXmlableObject): void {
  props.splice(index === -1 ? props.length : index, 0, element)
}

function elementName(child: unknown): string | undefined {
  return typeof child === 'object' && child !== null ? Object.keys(child)[0] : undefined
}

/**
 * Adds the switches to the children of a prepared `w:pPr`, each at its place in the CT_PPr sequence: widow
 * control, then autoSpaceDE, autoSpaceDN and snapToGrid, which stand together just before w:spacing (docx writes
 * none of bidi and adjustRightInd, the two that could come between them).
 */
export function switchOffGridAndWidowControl(props: unknown[]): void {
  insertAt(
    props,
    props.findIndex((child) => !BEFORE_WIDOW_CONTROL.has(elementName(child) ?? '')),
    widowControlOff,
  )
  const after = props.findIndex((child) => AFTER_SNAP_TO_GRID.has(elementName(child) ?? ''))
  props.splice(after === -1 ? props.length : after, 0, autoSpaceDEOff, autoSpaceDNOff, snapToGridOff)
}

/** List numbering is written with the document's list ids, so it can't be shared; official text has none. */
export type OfficialParagraphOptions = Omit<IParagraphOptions, 'widowControl' | 'numbering' | 'bullet'>

/** The `w:pPr` of some options, with the two switches. */
class OfficialProperties extends ParagraphProperties {
  public override prepForXml(context: IContext): IXmlableObject {
    const props: unknown = super.prepForXml(context)?.['w:pPr']
    const children = Array.isArray(props) ? props : []
    switchOffGridAndWidowControl(children)
    return { 'w:pPr': children }
  }
}

/**
 * The `w:pPr` of each set of options the export uses, prepared once (prepared-once.ts), as official-run.ts shares
 * the `w:rPr`: the same few (title, 主送, 署名, table cells …) in every report, and nothing in them depends on the
 * document. Keyed by the options without the children, as JSON: they are plain data.
 */
const sharedProperties = new PreparedCache<PreparedOnce>()

function propertiesOf(options: OfficialParagraphOptions): PreparedOnce {
  const formatting = { ...options, children: undefined }
  return sharedProperties.get(
    JSON.stringify(formatting),
    () => new PreparedOnce(new OfficialProperties(formatting)),
  )
}

export class OfficialParagraph extends SharedPropertiesParagraph {
  public constructor(options: OfficialParagraphOptions) {
    super(options)
    // docx made the paragraph's own properties, first in the paragraph as CT_P wants them; the shared ones of its
    // options take their place
    if (!(this.root[0] instanceof ParagraphProperties))
      throw new Error('docx changed where a paragraph keeps w:pPr')
    this.root[0] = propertiesOf(options)
  }

  public override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context)
    const children: unknown = xml?.['w:p']
    if (Array.isArray(children)) children[0] = this.withSection(children[0] as Properties, context)
    return xml
  }
}
