// docx components written in many places with the same XML: prepared the first time they are written, then the
// same prepared object every time after, in this document and the next. Only for components whose XML depends on
// nothing but their own options (run and paragraph properties, styles, a footer's page number) — not on the
// document's numbering, relationships or position. docx's writer only reads prepared objects, so one object can
// stand in many places. Here: a component prepared once, one already prepared, a paragraph prepared once, and the
// cache that keeps them by key.
import { BaseXmlComponent, type IContext, type IXmlableObject, Paragraph, XmlComponent } from 'docx'

export class PreparedOnce extends BaseXmlComponent {
  private prepared: IXmlableObject | undefined
  private done = false

  public constructor(private readonly component: BaseXmlComponent) {
    super('prepared-once')
  }

  public override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!this.done) {
      this.prepared = this.component.prepForXml(context)
      this.done = true
    }
    return this.prepared
  }
}

/** A component already prepared: it writes the object it was made with, as prepared elsewhere and kept. */
export class PreparedXml extends XmlComponent {
  public constructor(private readonly xml: IXmlableObject) {
    super('prepared-xml')
  }

  public override prepForXml(): IXmlableObject {
    return this.xml
  }
}

/**
 * A paragraph written the same in every document, such as a page-number footer's: a Paragraph (so a footer takes it)
 * that writes its paragraph as prepared the first time. The same one can stand in every document, as docx allows.
 * Not for the body: it writes no section properties, so it can't end a section.
 */
export class PreparedParagraph extends Paragraph {
  private readonly prepared: PreparedOnce

  public constructor(paragraph: Paragraph) {
    super({})
    this.prepared = new PreparedOnce(paragraph)
  }

  public override prepForXml(context: IContext): IXmlableObject | undefined {
    return this.prepared.prepForXml(context)
  }
}

/**
 * What has been prepared, by key, made on first use. Bounded: the keys of a few (the 署名's indent) follow the
 * report's text, and a county office exports hundreds of reports in one run of the CLI.
 */
export class PreparedCache<T> {
  private readonly entries = new Map<string, T>()

  public constructor(private readonly limit = 512) {}

  public get(key: string, make: () => T): T {
    let value = this.entries.get(key)
    if (value === undefined) {
      if (this.entries.size >= this.limit) this.entries.clear()
      value = make()
      this.entries.set(key, value)
    }
    return value
  }
}
