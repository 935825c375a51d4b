import { Document } from 'docx'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../renderer/core/settings'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { preparedStyles } from '../../../renderer/docx/export/prepared-styles'
import { keptStyleIds, officialStyles } from '../../../renderer/docx/export/styles'
import { packedPartXml, partXml } from '../helpers/package-part'
import { sampleReport } from '../helpers/sample-report'

const stylesXml = (document: Document): Promise<string> => packedPartXml(document, 'word/styles.xml')

const SWITCHES =
  '<w:widowControl w:val="false"/><w:autoSpaceDE w:val="false"/><w:autoSpaceDN w:val="false"/><w:snapToGrid w:val="false"/>'
/** Normal's: the same, and LibreOffice's hanging punctuation off (prepared-styles.ts). */
const NORMAL_SWITCHES =
  '<w:widowControl w:val="false"/><w:overflowPunct w:val="true"/><w:autoSpaceDE w:val="false"/><w:autoSpaceDN w:val="false"/><w:snapToGrid w:val="false"/>'
const STYLE = /<w:style [^>]*w:styleId="([^"]+)"[^>]*>.*?<\/w:style>/gu
const styleIds = (xml: string): string[] => [...xml.matchAll(STYLE)].map((match) => match[1]!)
const fonts = officialFonts(defaultSettings.fonts)

describe('preparedStyles', () => {
  it('writes what docx writes for officialStyles, with the switches in Normal and 公文正文 and nowhere else', async () => {
    const fresh = await stylesXml(new Document({ sections: [], styles: officialStyles(fonts) }))
    // docx's defaults an official document has no use for are left out
    const dropped = styleIds(fresh).filter((id) => !keptStyleIds.has(id))
    expect(dropped).toEqual(expect.arrayContaining(['TOC1', 'TOC9', 'Caption', 'Hyperlink', 'ListParagraph']))
    const prepared = await stylesXml(new Document({ sections: [], styles: preparedStyles(fonts) }))
    expect(prepared.split(SWITCHES)).toHaveLength(2)
    expect(prepared.split(NORMAL_SWITCHES)).toHaveLength(2)
    expect(prepared).toMatch(
      new RegExp(
        `<w:style w:type="paragraph" w:styleId="OfficialBody">.*?<w:pPr>${SWITCHES}<w:spacing `,
        'u',
      ),
    )
    expect(prepared).toMatch(
      new RegExp(`<w:style [^>]*w:styleId="Normal"[^>]*>.*?<w:pPr>${NORMAL_SWITCHES}<w:spacing `, 'u'),
    )
    expect(new Set(styleIds(prepared))).toEqual(keptStyleIds)
    expect(prepared.replace(SWITCHES, '').replace(NORMAL_SWITCHES, '')).toBe(
      fresh.replace(STYLE, (style, id: string) => (keptStyleIds.has(id) ? style : '')),
    )
  })

  it('is the same in every export, and follows the fonts of the settings', async () => {
    const styles = async (settings = defaultSettings): Promise<string> =>
      partXml(await exportDocx(sampleReport(), { settings }), 'word/styles.xml')
    const first = await styles()
    expect(await styles()).toBe(first)
    expect(first.split(SWITCHES)).toHaveLength(2)
    const other = await styles({ ...defaultSettings, fonts: { ...defaultSettings.fonts, body: '仿宋' } })
    expect(other).not.toBe(first)
    expect(other).toContain('<w:style w:type="paragraph" w:styleId="OfficialBody">')
    expect(other).toMatch(/w:styleId="OfficialBody">.*?w:eastAsia="仿宋"/u)
    expect(other.split(SWITCHES)).toHaveLength(2)
  })
})
