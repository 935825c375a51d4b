// A paragraph whose formatting is all in its style (正文 and headings): its `w:pPr` is the same for every paragraph
// of that style, so it is prepared once — by OfficialParagraph, with the style and the two switches it adds — and
// the same prepared object is written in every such paragraph, in this document and the next. A 30-page report has
// a hundred of them; docx would build, prepare and splice identical properties for each (`npm run bench`).
import { type IContext, type IXmlableObject, Paragraph, type ParagraphChild } from 'docx'
import { OfficialParagraph } from './official-paragraph'
import { PreparedOnce } from './prepared-once'

type Properties = { readonly 'w:pPr': readonly unknown[] }

/** Per style, an empty OfficialParagraph of it, prepared once (prepared-once.ts, as official-run.ts shares w:rPr). */
const sharedParagraphs = new Map<string, PreparedOnce>()

function propertiesOf(style: string, context: IContext): Properties {
  let paragraph = sharedParagraphs.get(style)
  if (paragraph === undefined) {
    paragraph = new PreparedOnce(new OfficialParagraph({ style, children: [] }))
    sharedParagraphs.set(style, paragraph)
  }
  const found = (paragraph.prepForXml(context)?.['w:p'] as unknown[]).find(
    (child): child is Properties => typeof child === 'object' && child !== null && 'w:pPr' in child,
  )
  if (found === undefined) throw new Error(`docx wrote no w:pPr for style ${style}`)
  return found
}

export class StyledParagraph extends Paragraph {
  public constructor(
    private readonly style: string,
    children: readonly ParagraphChild[],
  ) {
    super({ children: [...children] })
  }

  public override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context)
    const children: unknown = xml?.['w:p']
    const shared = propertiesOf(this.style, context)
    if (!Array.isArray(children)) return { 'w:p': [shared] }
    const first = children[0] as Partial<Properties> | undefined
    // docx writes a w:pPr of its own only when the paragraph ends a section (w:sectPr); ECMA-376 puts that last
    if (first?.['w:pPr'] !== undefined) children[0] = { 'w:pPr': [...shared['w:pPr'], ...first['w:pPr']] }
    else children.unshift(shared)
    return xml
  }
}
