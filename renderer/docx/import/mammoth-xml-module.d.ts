// mammoth's XML module (mammoth/lib/xml/index.js), which its typings leave out: the element tree its readers walk,
// and the parser behind it that mammoth-xml.ts replaces.
declare module 'mammoth/lib/xml/index.js' {
  export interface MammothXmlElement {
    readonly type: 'element'
    readonly name: string
    readonly attributes: Record<string, string>
    children: MammothXmlNode[]
  }
  export interface MammothXmlText {
    readonly type: 'text'
    readonly value: string
  }
  export type MammothXmlNode = MammothXmlElement | MammothXmlText
  /** Namespace URI → the prefix mammoth's readers name elements by (w, r, a …). */
  export type NamespaceMap = Readonly<Record<string, string>>
  export type ReadString = (xml: string, namespaceMap?: NamespaceMap) => Promise<MammothXmlNode>
  interface MammothXml {
    Element: new (
      name: string,
      attributes: Record<string, string>,
      children: MammothXmlNode[],
    ) => MammothXmlElement
    text(value: string): MammothXmlText
    readString: ReadString
  }
  const xml: MammothXml
  // A CommonJS module: its one exports object is what mammoth's readers call through, so it is the default.
  // eslint-disable-next-line no-restricted-syntax
  export default xml
}

// mammoth's own parser (xmldom), which the tests read the same files with to compare.
declare module 'mammoth/lib/xml/reader.js' {
  import type { ReadString } from 'mammoth/lib/xml/index.js'
  const reader: { readString: ReadString }
  // eslint-disable-next-line no-restricted-syntax
  export default reader
}
