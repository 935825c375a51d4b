import { AlignmentType, Document } from 'docx'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../renderer/core/settings'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { OfficialParagraph } from '../../../renderer/docx/export/official-paragraph'
import { officialRun } from '../../../renderer/docx/export/official-run'
import { packedPartXml, paragraphsOf } from '../helpers/package-part'

const documentXml = (document: Document): Promise<string> => packedPartXml(document, 'word/document.xml')
const font = officialFonts(defaultSettings.fonts).body
const centred = (text: string): OfficialParagraph =>
  new OfficialParagraph({
    alignment: AlignmentType.CENTER,
    children: [officialRun(text, { font, size: 16 })],
  })

describe('OfficialParagraph', () => {
  it('writes its options with the widow-control, auto-spacing and grid switches, in CT_PPr order', async () => {
    const [first] = paragraphsOf(
      await documentXml(new Document({ sections: [{ children: [centred('标题')] }] })),
    )
    expect(first).toMatch(
      /^<w:p><w:pPr><w:widowControl w:val="false"\/><w:autoSpaceDE w:val="false"\/><w:autoSpaceDN w:val="false"\/><w:snapToGrid w:val="false"\/><w:jc w:val="center"\/><\/w:pPr><w:r>/u,
    )
    expect(first).toContain('标题')
  })

  it('shares the properties of equal options, and keeps those of other options apart', async () => {
    const left = new OfficialParagraph({
      alignment: AlignmentType.LEFT,
      children: [officialRun('左', { font })],
    })
    const written = paragraphsOf(
      await documentXml(new Document({ sections: [{ children: [centred('一'), left, centred('二')] }] })),
    )
    const properties = written.map((p) => p.match(/<w:pPr>.*?<\/w:pPr>/u)?.[0])
    expect(properties[0]).toBe(properties[2])
    expect(properties[1]).toContain('<w:jc w:val="left"/>')
    expect(properties[0]).not.toBe(properties[1])
  })

  it('ends a section with the section last in its w:pPr, and the next paragraph of its options ends none', async () => {
    const xml = await documentXml(
      new Document({ sections: [{ children: [centred('第一节')] }, { children: [centred('第二节')] }] }),
    )
    const [first, second] = paragraphsOf(xml)
    expect(first).toMatch(/<w:jc w:val="center"\/><w:sectPr>.*<\/w:sectPr><\/w:pPr>/u)
    expect(second).not.toContain('<w:sectPr>')
    // the body's own w:sectPr, for the last section, follows the last paragraph
    expect(xml.match(/<w:sectPr>/gu)).toHaveLength(2)
  })
})
