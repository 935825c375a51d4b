// The XML tree the layout checks and the properties reader walk: namespaces by URI whatever the prefix, text
// with its entities and CDATA, a part that is not XML refused, and no nesting deep enough to overflow the stack.
import { describe, expect, it } from 'vitest'
import {
  attributeNS,
  descendantsNS,
  MalformedXml,
  parseXml,
  plainAttribute,
  textContent,
} from '../../../renderer/docx/xml/xml-tree'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

describe('parseXml', () => {
  it('knows elements and attributes by namespace, whatever prefix the producer chose', () => {
    for (const prefix of ['w', 'ns0']) {
      const root = parseXml(
        `<${prefix}:document xmlns:${prefix}="${W}"><${prefix}:body><${prefix}:p ${prefix}:rsidR="00A1"/>` +
          `</${prefix}:body></${prefix}:document>`,
      )
      expect(root.localName).toBe('document')
      const [paragraph] = descendantsNS(root, W, 'p')
      expect(paragraph?.parent?.localName).toBe('body')
      expect(attributeNS(paragraph ?? null, W, 'rsidR')).toBe('00A1')
    }
  })

  it('reads text with its entities, CDATA and the text of nested elements in document order', () => {
    const root = parseXml(`<a xmlns="urn:x">甲&amp;乙<b>丙<![CDATA[<丁>]]></b>戊&#x620A;</a>`)
    expect(textContent(root)).toBe('甲&乙丙<丁>戊戊')
    expect(descendantsNS(root, 'urn:x', '*').map((element) => element.localName)).toEqual(['b'])
  })

  it('keeps unprefixed attributes apart from namespaced ones (Target in a .rels part)', () => {
    const rels = parseXml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="t" Target="styles.xml"/></Relationships>',
    )
    const [relationship] = descendantsNS(
      rels,
      'http://schemas.openxmlformats.org/package/2006/relationships',
      'Relationship',
    )
    expect(relationship === undefined ? null : plainAttribute(relationship, 'Target')).toBe('styles.xml')
    expect(attributeNS(relationship ?? null, W, 'Target')).toBeNull()
  })

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['text only', '报告正文'],
    ['two roots', '<a/><b/>'],
    ['an empty part', ''],
  ])('refuses %s', (_label, text) => {
    expect(() => parseXml(text)).toThrow(MalformedXml)
  })

  it('lets a prefix without its declaration through, as Word does', () => {
    const root = parseXml(`<w:document xmlns:w="${W}"><w:body><v:shape/></w:body></w:document>`)
    expect(descendantsNS(root, W, 'body')).toHaveLength(1)
  })

  it('walks a part nested 100,000 deep without overflowing the stack', () => {
    const depth = 100_000
    const root = parseXml(
      `${'<a xmlns="urn:x">'.repeat(1)}${'<a>'.repeat(depth)}字${'</a>'.repeat(depth)}</a>`,
    )
    expect(descendantsNS(root, 'urn:x', 'a')).toHaveLength(depth)
    expect(textContent(root)).toBe('字')
  })
})
