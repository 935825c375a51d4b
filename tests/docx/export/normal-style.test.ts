// A paragraph the clerk adds in Word or WPS after the export is in Normal, without direct formatting: it must
// still be a 正文 line of 28 characters (styles.ts). The styles are read from the XML, and an export with one
// such paragraph appended (as a word processor writes it: no w:pPr, no w:rPr) is rendered by LibreOffice.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Block, emptyMeta, type Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { pdfRows } from '../helpers/pdf-rows'
import { partXml } from '../helpers/package-part'
import { renderPdf } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/normal-style')

const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
const report: Report = {
  meta: { ...emptyMeta, dateText: '2024年3月18日', issuers: ['示范镇人民政府'] },
  preamble: [paragraph('导语一段，照常导出。')],
  parts: [],
}
/** 60 ideographs without punctuation: two full lines and four characters, whatever 避头尾 would do. */
const TYPED = '法治政府建设年度报告'.repeat(6)

const attribute = (xml: string, name: string): number =>
  Number(new RegExp(`${name}="(-?\\d+)"`, 'u').exec(xml)?.[1])

describe('the Normal style and the document defaults', () => {
  let styles: string
  let document: string

  beforeAll(async () => {
    const docx = await exportDocx(report)
    styles = await partXml(docx, 'word/styles.xml')
    document = await partXml(docx, 'word/document.xml')
  })

  it('are 3号 仿宋 with the 正文 tracking on the exact 28.95 pt pitch, off the character grid', () => {
    const normal = /<w:style [^>]*w:styleId="Normal"[^>]*>.*?<\/w:style>/u.exec(styles)?.[0] ?? ''
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/u.exec(styles)?.[0] ?? ''
    for (const xml of [normal, defaults]) {
      expect(xml).toContain('w:eastAsia="仿宋_GB2312"')
      expect(xml).toContain('<w:sz w:val="32"/>')
      expect(xml).toContain('<w:spacing w:val="-6"/>')
      expect(xml).toMatch(/<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/u)
    }
    expect(normal).toContain('<w:snapToGrid w:val="false"/>')
    expect(normal).toContain('<w:widowControl w:val="false"/>')
  })

  it('fit the section grid: 28 characters at Normal’s size, in Word’s pitch and in the tracked one', () => {
    const grid = /<w:docGrid [^>]*\/>/u.exec(document)?.[0] ?? ''
    expect(grid).toContain('w:type="linesAndChars"')
    const style = /<w:style [^>]*w:styleId="Normal"[^>]*>.*?<\/w:style>/u.exec(styles)?.[0] ?? ''
    const normal = (element: RegExp): string => element.exec(style)?.[0] ?? ''
    const size = attribute(normal(/<w:sz [^>]*>/u), 'w:val') / 2
    const tracking = attribute(normal(/<w:spacing w:val="-?\d+"\/>/u), 'w:val') / 20
    const margins = /<w:pgMar [^>]*>/u.exec(document)?.[0] ?? ''
    const page = /<w:pgSz [^>]*>/u.exec(document)?.[0] ?? ''
    const width = (attribute(page, 'w:w') - attribute(margins, 'w:left') - attribute(margins, 'w:right')) / 20
    // Word's grid pitch: Normal's size plus charSpace/4096 pt
    const pitch = size + attribute(grid, 'w:charSpace') / 4096
    for (const step of [pitch, size + tracking]) {
      expect(28 * step).toBeLessThanOrEqual(width)
      expect(29 * step).toBeGreaterThan(width)
    }
    expect(attribute(grid, 'w:linePitch')).toBe(579)
  })

  describe('a paragraph typed in Normal after the export, rendered by LibreOffice', () => {
    let rows: string[]

    beforeAll(async () => {
      const zip = await JSZip.loadAsync(await exportDocx(report))
      const typed = `<w:p><w:r><w:t>${TYPED}</w:t></w:r></w:p>`
      zip.file('word/document.xml', document.replace(/<w:sectPr(?![\s\S]*<w:sectPr)/u, `${typed}<w:sectPr`))
      mkdirSync(OUT, { recursive: true })
      const file = join(OUT, 'typed-in-normal.docx')
      writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }))
      rows = renderPdf(file, OUT).pages.flatMap(pdfRows)
    })

    it('sets 28 characters a line', () => {
      const typedRows = rows.filter((row) => TYPED.includes(row) && row.length > 1)
      expect(typedRows.map((row) => row.length)).toEqual([28, 28, 4])
      expect(typedRows.join('')).toBe(TYPED)
    })
  })
})
