import { Document, Packer, TextRun } from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { OfficialParagraph } from '../../../renderer/docx/export/official-paragraph'
import { StyledParagraph } from '../../../renderer/docx/export/styled-paragraph'

async function documentXml(document: Document): Promise<string> {
  const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(document))
  return (await zip.file('word/document.xml')?.async('string')) ?? ''
}

const paragraphs = (xml: string): string[] => xml.match(/<w:p>.*?<\/w:p>/gu) ?? []

describe('StyledParagraph', () => {
  it('writes the same paragraph as OfficialParagraph with that style, however often it is used', async () => {
    const styled = await documentXml(
      new Document({
        sections: [
          {
            children: [
              new StyledParagraph('OfficialBody', [new TextRun('一')]),
              new StyledParagraph('Heading2', [new TextRun('二')]),
              new StyledParagraph('OfficialBody', [new TextRun('三')]),
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
              new OfficialParagraph({ style: 'OfficialBody', children: [new TextRun('一')] }),
              new OfficialParagraph({ style: 'Heading2', children: [new TextRun('二')] }),
              new OfficialParagraph({ style: 'OfficialBody', children: [new TextRun('三')] }),
            ],
          },
        ],
      }),
    )
    expect(paragraphs(styled)).toHaveLength(3)
    expect(paragraphs(styled)).toEqual(paragraphs(official))
    expect(paragraphs(styled)[1]).toContain('<w:pStyle w:val="Heading2"/>')
  })

  it('keeps its style when it ends a section, the section properties last in the same w:pPr', async () => {
    const xml = await documentXml(
      new Document({
        sections: [
          { children: [new StyledParagraph('OfficialBody', [new TextRun('第一节末段')])] },
          { children: [new StyledParagraph('OfficialBody', [new TextRun('第二节')])] },
        ],
      }),
    )
    const first = xml.match(/<w:p>.*?<\/w:p>/u)?.[0] ?? ''
    expect(first).toMatch(
      /^<w:p><w:pPr><w:pStyle w:val="OfficialBody"\/><w:widowControl w:val="false"\/><w:snapToGrid w:val="false"\/><w:sectPr>.*<\/w:sectPr><\/w:pPr><w:r>/u,
    )
    expect(first).toContain('第一节末段')
  })

  it('writes its properties for an empty paragraph', async () => {
    const xml = await documentXml(
      new Document({ sections: [{ children: [new StyledParagraph('OfficialBody', [])] }] }),
    )
    expect(xml).toContain('<w:p><w:pPr><w:pStyle w:val="OfficialBody"/>')
  })
})
