import { Document, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../renderer/core/settings'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { sharedRun } from '../../../renderer/docx/export/official-run'
import { StyledParagraph } from '../../../renderer/docx/export/styled-paragraph'
import { packedPartXml, paragraphsOf } from '../helpers/package-part'

const documentXml = (document: Document): Promise<string> => packedPartXml(document, 'word/document.xml')

const fonts = officialFonts(defaultSettings.fonts)
const body = (text: string) => sharedRun(text, { font: fonts.body })
const name = fonts.body.name
/** The same run as docx itself writes it, component by component. */
const docxRun = (text: string) => new TextRun({ text, font: { ascii: name, hAnsi: name, eastAsia: name } })

describe('StyledParagraph', () => {
  it('writes the same paragraph as docx does for that style, however often it is used', async () => {
    const styled = await documentXml(
      new Document({
        sections: [
          {
            children: [
              new StyledParagraph('OfficialBody', [body('一')]),
              new StyledParagraph('Heading2', [body('二')]),
              new StyledParagraph('OfficialBody', [body('三')]),
            ],
          },
        ],
      }),
    )
    const official = await documentXml(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ style: 'OfficialBody', children: [docxRun('一')] }),
              new Paragraph({ style: 'Heading2', children: [docxRun('二')] }),
              new Paragraph({ style: 'OfficialBody', children: [docxRun('三')] }),
            ],
          },
        ],
      }),
    )
    expect(paragraphsOf(styled)).toHaveLength(3)
    expect(paragraphsOf(styled)).toEqual(paragraphsOf(official))
    // the grid and widow-control switches are in the style (prepared-styles.ts), not on each paragraph
    expect(paragraphsOf(styled)[1]).toMatch(/^<w:p><w:pPr><w:pStyle w:val="Heading2"\/><\/w:pPr><w:r>/u)
  })

  it('keeps its style when it ends a section, the section properties last in the same w:pPr', async () => {
    const endOfSection = new StyledParagraph('OfficialBody', [body('第一节末段')])
    const xml = await documentXml(
      new Document({
        sections: [
          { children: [endOfSection] },
          { children: [new StyledParagraph('OfficialBody', [body('第二节')])] },
        ],
      }),
    )
    const first = xml.match(/<w:p>.*?<\/w:p>/u)?.[0] ?? ''
    expect(first).toMatch(
      /^<w:p><w:pPr><w:pStyle w:val="OfficialBody"\/><w:sectPr>.*<\/w:sectPr><\/w:pPr><w:r>/u,
    )
    expect(first).toContain('第一节末段')
    // the section is its only while the body is written: the same paragraph in another document ends nothing
    const again = await documentXml(
      new Document({
        sections: [{ children: [endOfSection, new StyledParagraph('OfficialBody', [body('再用')])] }],
      }),
    )
    expect(paragraphsOf(again)[0]).toMatch(/^<w:p><w:pPr><w:pStyle w:val="OfficialBody"\/><\/w:pPr><w:r>/u)
  })

  it('writes its properties for an empty paragraph', async () => {
    const xml = await documentXml(
      new Document({ sections: [{ children: [new StyledParagraph('OfficialBody', [])] }] }),
    )
    expect(xml).toContain('<w:p><w:pPr><w:pStyle w:val="OfficialBody"/>')
  })
})
