// A paragraph whose formatting is all in its style (正文 and headings; their styles carry OfficialParagraph's grid and
// widow-control switches too: prepared-styles.ts). Its `w:pPr` names the style and nothing else, so it is prepared
// once and the same prepared object is written in every such paragraph, in this document and the next. A 30-page
// report has a hundred of them; docx would build, prepare and splice identical properties for each (`npm run bench`).
import { type IContext, type IXmlableObject, Paragraph } from 'docx'
import { type SharedRun, sharedRunXml } from './official-run'
import { PreparedCache } from './prepared-once'
import { type Properties, SharedPropertiesParagraph } from './shared-properties-paragraph'

/**
 * Where a page may break, for the few paragraphs that differ from their style: the last 正文 paragraph keeps with
 * the 署名 under it, and a paragraph that opens with its own heading keeps two lines on each side of a break.
 */
export interface PageBreakRules {
  readonly keepNext?: boolean
  readonly widowControl?: boolean
}

/** Per style and rules, the `w:pPr` docx writes for such a paragraph, taken out once (as official-run.ts shares w:rPr). */
const sharedProperties = new PreparedCache<Properties>()

function propertiesOf(style: string, rules: PageBreakRules, context: IContext): Properties {
  const keepNext = rules.keepNext === true ? true : undefined
  const widowControl = rules.widowControl === true ? true : undefined
  const key = `${style}|${String(keepNext)}|${String(widowControl)}`
  return sharedProperties.get(key, () => {
    const found = (
      new Paragraph({ style, keepNext, widowControl }).prepForXml(context)?.['w:p'] as unknown[]
    ).find((child): child is Properties => typeof child === 'object' && child !== null && 'w:pPr' in child)
    if (found === undefined) throw new Error(`docx wrote no w:pPr for style ${style}`)
    return found
  })
}

/**
 * Written as `w:p`, its shared properties and its shared runs (official-run.ts), without docx's paragraph machinery
 * (hyperlinks, bookmarks, list numbering), which a 正文 paragraph of text runs never needs.
 */
export class StyledParagraph extends SharedPropertiesParagraph {
  public constructor(
    private readonly style: string,
    private readonly runs: readonly SharedRun[],
    private readonly rules: PageBreakRules = {},
  ) {
    super({})
  }

  public override prepForXml(context: IContext): IXmlableObject {
    const properties = this.withSection(propertiesOf(this.style, this.rules, context), context)
    return { 'w:p': [properties, ...this.runs.map((run) => sharedRunXml(run, context))] }
  }
}
