// A paragraph that writes shared, prepared `w:pPr` (official-paragraph.ts, styled-paragraph.ts) still has to end a
// section when the body asks it to. docx's Body adds the section's properties to the paragraph's own properties while
// it writes the body, and takes them out again after; a paragraph whose properties are shared keeps the section
// aside instead, and writes a copy of the shared properties with the section's last in them (ECMA-376 puts w:sectPr
// last in w:pPr).
import { type IContext, type IXmlableObject, Paragraph, type SectionProperties } from 'docx'

export type Properties = { readonly 'w:pPr': readonly unknown[] }

export abstract class SharedPropertiesParagraph extends Paragraph {
  /** The section this paragraph ends, while the body is being written. */
  private section: SectionProperties | undefined

  public override addSectionProperties(section: SectionProperties): void {
    this.section = section
  }

  public override removeSectionProperties(): void {
    this.section = undefined
  }

  /** The shared properties as they are, or a copy ending with the section's, when this paragraph ends one. */
  protected withSection(shared: Properties, context: IContext): IXmlableObject {
    if (this.section === undefined) return shared
    return { 'w:pPr': [...shared['w:pPr'], this.section.prepForXml(context)] }
  }
}
