// 成文日期 under the 署名 without a seal (GB/T 9704 §7.3.5.2), measured on paper: the date's first character 2 字
// (32 pt) right of the 署名's. The signature blocks of the three real reports and of synthetic ones (dates with one
// and two digits, in Chinese numerals, 署名 of 4 to 20 characters, two bodies) are exported one by one, their
// paragraphs gathered as written into one document, rendered by LibreOffice and read back with pdftotext: a stand-in
// face without 仿宋_GB2312 sets digits wider than the half 字 they have in it, and the offset must hold all the same.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Block, emptyMeta, type Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import type { PrintLine } from '../../../renderer/docx/layout/print-layout'
import { fixtureNames, fixtureReport } from '../helpers/fixture-reports'
import { paragraphsOf, partXml } from '../helpers/package-part'
import { AREA_BOTTOM } from '../helpers/pdf-rows'
import { type PdfLine, renderPdf } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/signature')
const TWO_字 = 32

const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
const synthetic = (issuers: readonly string[], dateText: string): Report => ({
  meta: { ...emptyMeta, issuers, dateText },
  preamble: [paragraph('正文一段。')],
  parts: [],
})
const issuerOf = (length: number): string =>
  '某某县某某镇人民政府法治建设领导小组办公室'.slice(0, length - 2) + '政府'

const cases: { readonly name: string; readonly report: Report }[] = [
  ...fixtureNames.map((name) => ({ name, report: fixtureReport(name) })),
  ...['2024年1月5日', '2024年12月31日', '二〇二四年一月五日'].flatMap((date) =>
    [4, 7, 9, 10, 13, 16, 20].map((length) => ({
      name: `${String(length)}字署名 ${date}`,
      report: synthetic([issuerOf(length)], date),
    })),
  ),
  ...['2024年1月5日', '2024年12月31日'].map((date) => ({
    name: `两个机关 ${date}`,
    report: synthetic(['中共某某镇委员会', '某某镇人民政府'], date),
  })),
]

const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('')

/** The paragraphs of the 署名 and the date, as the export wrote them. */
async function signatureXml(report: Report): Promise<string> {
  const document = await partXml(await exportDocx(report), 'word/document.xml')
  const wanted = new Set([...report.meta.issuers, report.meta.dateText])
  return paragraphsOf(document)
    .filter((p) => wanted.has(textOf(p)))
    .join('')
}

const label = (index: number): string => `第${String(index + 1)}例`

describe('成文日期 and 署名 without a seal, rendered by LibreOffice', () => {
  let lines: PdfLine[]

  beforeAll(async () => {
    const blocks = await Promise.all(cases.map((c) => signatureXml(c.report)))
    const base = await exportDocx(cases[0]!.report)
    const zip = await JSZip.loadAsync(base)
    const document = await partXml(base, 'word/document.xml')
    const body = blocks.map((xml, index) => `<w:p><w:r><w:t>${label(index)}</w:t></w:r></w:p>${xml}`).join('')
    const start = document.indexOf('<w:body>') + '<w:body>'.length
    const end = document.lastIndexOf('<w:sectPr')
    zip.file('word/document.xml', document.slice(0, start) + body + document.slice(end))
    mkdirSync(OUT, { recursive: true })
    const file = join(OUT, 'signatures.docx')
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }))
    // the lines of the 版心, page after page: not the page numbers below it
    lines = renderPdf(file, OUT).pages.flatMap((page) =>
      page.lines.filter((line) => line.yMax <= AREA_BOTTOM).sort((a, b) => a.yMin - b.yMin),
    )
  })

  it.each(cases.map((c, index) => ({ ...c, index })))(
    '$name: the date starts 2 字 right of the last 署名',
    ({ report, index }) => {
      const at = lines.findIndex((line) => line.text === label(index))
      const issuers = report.meta.issuers.map((_, k) => lines[at + 1 + k]!)
      const date = lines[at + 1 + issuers.length]!
      expect(issuers.map((line) => line.text.replace(/\s/gu, ''))).toEqual(report.meta.issuers)
      expect(date.text.replace(/\s/gu, '')).toBe(report.meta.dateText)
      expect(Math.abs(date.xMin - issuers.at(-1)!.xMin - TWO_字)).toBeLessThanOrEqual(0.3)
      // several bodies share one right edge
      for (const line of issuers) expect(Math.abs(line.xMax - issuers.at(-1)!.xMax)).toBeLessThanOrEqual(0.3)
    },
  )

  it.each(cases)('$name: the print preview sets them the same', ({ report }) => {
    const printed = layoutReport(report)
      .pages.flatMap((page) => page.items)
      .filter((item): item is PrintLine => item.kind === 'line')
    // the last line of that text: the 署名's name may stand in the 版头 too
    const find = (text: string): PrintLine =>
      printed.findLast((line) => line.spans.map((span) => span.text).join('') === text)!
    const issuer = find(report.meta.issuers.at(-1)!)
    const date = find(report.meta.dateText!)
    expect([issuer.align, date.align]).toEqual(['left', 'left'])
    expect(date.left - issuer.left).toBeCloseTo(TWO_字, 5)
  })
})
