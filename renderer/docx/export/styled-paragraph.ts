// A paragraph whose formatting is all in its style (正文 and headings, which have the grid and widow-control switches
// of OfficialParagraph in their style: prepared-styles.ts): its `w:pPr` names the style and nothing else, so it is
// prepared once and the same prepared object is written in every such paragraph, in this document and the next. A 30-page report has
// a hundred of them; docx would build, prepare and splice identical properties for each (`npm run bench`).
import { type IContext, type IXmlableObject, Paragraph, type SectionProperties } from 'docx'
import { type SharedRun, sharedRunXml } from './official-run'
import { PreparedOnce } from './prepared-once'

type Properties = { readonly 'w:pPr': readonly unknown[] }

/** Per style, an empty paragraph of it, prepared once (prepared-once.ts, as official-run.ts shares w:rPr). */
const sharedParagraphs = new Map<string, PreparedOnce>()

function propertiesOf(style: string, context: IContext): Properties {
  let paragraph = sharedParagraphs.get(style)
  if (paragraph === undefined) {
    paragraph = new PreparedOnce(new Paragraph({ style }))
    sharedParagraphs.set(style, paragraph)
  }
  const found = (paragraph.prepForXml(context)?.['w:p'] as unknown[]).find(
    (child): child is Properties => typeof child === 'object' && child !== null && 'w:pPr' in child,
  )
  if (found === undefined) throw new Error(`docx wrote no w:pPr for style ${style}`)
  return found
}

/**
 * Written as `w:p`, its shared properties and its shared runs (official-run.ts), without docx's paragraph machinery
 * (hyperlinks, bookmarks, list numbering), which a 正文 paragraph of text runs never needs. It is still a Paragraph, so the body can end a
 * section with it.
 */
export class StyledParagraph extends Paragraph {
  /** The section this paragraph ends, while the body is being written (docx's Body sets and clears it). */
  private section: SectionProperties | undefined

  public constructor(
    private readonly style: string,
    private readonly runs: readonly SharedRun[],
  ) {
    super({})
  }

  public override addSectionProperties(section: SectionProperties): void {
    this.section = section
  }

  public override removeSectionProperties(): void {
    this.section = undefined
  }

  public override prepForXml(context: IContext): IXmlableObject {
    const shared = propertiesOf(this.style, context)
    const section = this.section?.prepForXml(context)
    // ECMA-376 puts w:sectPr last in the paragraph's w:pPr
    const properties = section === undefined ? shared : { 'w:pPr': [...shared['w:pPr'], section] }
    return { 'w:p': [properties, ...this.runs.map((run) => sharedRunXml(run, context))] }
  }
}
