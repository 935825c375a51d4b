import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings, type Settings } from '../../../renderer/core/settings'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { validateOoxml } from '../helpers/ooxml-validator'
import { partXml } from '../helpers/package-part'
import { sampleReport } from '../helpers/sample-report'

const FONT = /<w:font w:name="([^"]*)">(.*?)<\/w:font>/gu
const entries = (xml: string): Map<string, string> =>
  new Map([...xml.matchAll(FONT)].map((match) => [match[1]!, match[2]!]))

/** Every font name the runs and styles of these parts give (rFonts ascii, hAnsi, eastAsia, cs). */
const namedFonts = (xml: string): Set<string> =>
  new Set([...xml.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]*)"/gu)].map((match) => match[1]!))

async function exported(settings: Settings = defaultSettings): Promise<Uint8Array> {
  return exportDocx(sampleReport(), { settings })
}

describe('the font table', () => {
  it('declares every font the document names, once', async () => {
    const docx = await exported()
    const table = await partXml(docx, 'word/fontTable.xml')
    const parts = await Promise.all(
      ['word/document.xml', 'word/styles.xml', 'word/footer1.xml', 'word/footer2.xml'].map((path) =>
        partXml(docx, path),
      ),
    )
    const named = new Set(parts.flatMap((xml) => [...namedFonts(xml)]))
    expect(named).toEqual(new Set(['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312', '宋体']))
    expect([...entries(table).keys()].sort()).toEqual([...named].sort())
    expect(table.match(/<w:font /gu)).toHaveLength(named.size)
  })

  it('gives each default face its Chinese charset, class, signature and the face Word and WPS use without it', async () => {
    const table = entries(await partXml(await exported(), 'word/fontTable.xml'))
    const altName = (name: string): string | undefined =>
      /<w:altName w:val="([^"]*)"\/>/u.exec(table.get(name) ?? '')?.[1]
    expect(altName('仿宋_GB2312')).toBe('仿宋')
    expect(altName('方正小标宋简体')).toBe('方正小标宋_GBK')
    expect(altName('黑体')).toBe('SimHei')
    expect(altName('楷体_GB2312')).toBe('楷体')
    expect(altName('宋体')).toBe('SimSun')
    for (const [name, facts] of table) {
      // CT_Font's sequence, all present
      expect(facts, name).toMatch(
        /^<w:altName w:val="[^"]+"\/><w:panose1 w:val="[0-9A-F]{20}"\/><w:charset w:val="86"\/><w:family w:val="(auto|modern|script)"\/><w:pitch w:val="(fixed|variable)"\/><w:sig w:usb0="[0-9A-F]{8}" w:usb1="[0-9A-F]{8}" w:usb2="[0-9A-F]{8}" w:usb3="[0-9A-F]{8}" w:csb0="[0-9A-F]{8}" w:csb1="[0-9A-F]{8}"\/>$/u,
      )
    }
    expect(table.get('仿宋_GB2312')).toContain('<w:panose1 w:val="02010609030101010101"/>')
    expect(table.get('黑体')).toContain('<w:sig w:usb0="800002BF" w:usb1="38CF7CFA"')
  })

  it('follows the fonts of the settings, declares a face it does not know as Chinese, and stays valid', async () => {
    const settings: Settings = {
      ...defaultSettings,
      fonts: {
        title: '方正小标宋_GBK',
        body: 'FangSong',
        heading1: 'SimHei',
        heading2: 'KaiTi',
        pageNumber: 'Noto Serif CJK SC & <自定义>',
      },
    }
    const docx = await exported(settings)
    const table = entries(await partXml(docx, 'word/fontTable.xml'))
    expect([...table.keys()]).toEqual([
      '方正小标宋_GBK',
      'FangSong',
      'SimHei',
      'KaiTi',
      'Noto Serif CJK SC &amp; &lt;自定义&gt;',
    ])
    expect(table.get('FangSong')).toContain('<w:altName w:val="仿宋"/>')
    expect(table.get('方正小标宋_GBK')).toContain('<w:altName w:val="方正小标宋简体"/>')
    expect(table.get('Noto Serif CJK SC &amp; &lt;自定义&gt;')).toBe(
      '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/>',
    )
    const file = join(mkdtempSync(join(tmpdir(), 'font-table-')), 'fonts.docx')
    writeFileSync(file, docx)
    const check = validateOoxml(file)
    expect(check.output).toContain('ooxml: 0 errors')
    expect(check.status).toBe(0)
  })
})
