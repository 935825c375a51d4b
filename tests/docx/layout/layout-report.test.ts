// The print preview's layout model against LibreOffice: the three real reports in both versions are exported,
// rendered by LibreOffice headless (as on a clerk's UOS/Kylin machine) and read back with pdftotext; the model
// must give the same pages, the same number of text rows on each, and start each page with the same line.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { BODY_HEIGHT, layoutReport } from '../../../renderer/docx/layout/layout-report'
import type { PrintLayout, PrintLine } from '../../../renderer/docx/layout/print-layout'
import { fixtureNames, fixtureReport } from '../helpers/fixture-reports'
import { lineText, modelRows, textLines } from '../helpers/model-rows'
import { pdfRows } from '../helpers/pdf-rows'
import { type PdfPage, renderPdf } from '../helpers/render-pdf'

/** A line that opens with a heading number: 一、 （一） 1. （1）. */
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．])/u

const OUT = join(import.meta.dirname, '../../.artifacts/print/libreoffice')

const textOf = lineText

const cases = fixtureNames.flatMap((name) =>
  (['upward', 'public'] as const).map((version) => ({ name, version })),
)

describe.each(cases)('$name ($version): preview layout against LibreOffice', ({ name, version }) => {
  let pdf: readonly PdfPage[]
  let layout: PrintLayout

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const docx = join(OUT, `${name}-${version}.docx`)
    writeFileSync(docx, await exportDocx(fixtureReport(name), { version }))
    pdf = renderPdf(docx, OUT).pages
    layout = layoutReport(fixtureReport(name), { version })
  })

  it('has as many pages as LibreOffice prints', () => {
    expect(layout.pages.length).toBe(pdf.length)
  })

  it('puts as many rows of text on each page, 22 on full body pages', () => {
    const model = layout.pages.map((page) => modelRows(page).length)
    expect(model).toEqual(pdf.map((page) => pdfRows(page).length))
    // a page is short only where a heading, or the last paragraph with the 署名, was kept with its text overleaf
    const issuer = fixtureReport(name).meta.issuers[0]!
    layout.pages.slice(1, -1).forEach((page, index) => {
      const next = modelRows(layout.pages[index + 2]!)
      const kept = HEADING.test(next[0] ?? '') || next.includes(issuer)
      if (!kept) expect(modelRows(page).length, `page ${String(index + 2)}`).toBe(22)
    })
  })

  it('starts every page with the line LibreOffice starts it with', () => {
    const first = (rows: string[]): string => rows[0]?.slice(0, 10) ?? ''
    expect(layout.pages.map((page) => first(modelRows(page)))).toEqual(
      pdf.map((page) => first(pdfRows(page))),
    )
  })

  it('numbers every page "— N —" in order', () => {
    expect(layout.pages.map((page) => page.number)).toEqual(layout.pages.map((_, index) => index + 1))
  })
})

describe('layoutReport', () => {
  const qingjiang = layoutReport(fixtureReport('qingjiang-2023'), { version: 'upward' })
  const lines = qingjiang.pages.flatMap(textLines)
  const find = (text: string): PrintLine | undefined => lines.find((line) => textOf(line).startsWith(text))

  it('sets the headings in their faces: 一、 黑体, （一） 楷体, the body in 仿宋', () => {
    expect(find('一、推进法治政府建设')?.spans.map((span) => span.font)).toEqual(['heading1'])
    expect(find('（一）深入学习贯彻')?.spans[0]?.font).toBe('heading2')
    const runIn = find('（二）落实依法行政制度')!
    expect(runIn.spans.map((span) => [span.font, span.text.slice(0, 6)])).toEqual([
      ['heading2', '（二）'],
      ['heading2', '落实依法行政'],
      ['body', '一是严格落'],
    ])
    expect(find('实行政执法')?.spans.map((span) => span.font)).toEqual(['body'])
  })

  it('puts the red separator under the 文号 line and the title 2 lines below it', () => {
    const first = qingjiang.pages[0]!
    const red = first.items.find((item) => item.kind === 'rule' && item.red)
    const docNumber = first.items.find(
      (item): item is PrintLine => item.kind === 'line' && textOf(item).startsWith('清委'),
    )!
    // the 1 pt rule is drawn under its 4.85 pt paragraph, as LibreOffice adds a border's width to the paragraph
    expect(red!.top - (docNumber.top + docNumber.height)).toBeCloseTo(97 / 20 + 0.5, 1)
    const title = textLines(first).find((line) => line.spans[0]?.font === 'title')!
    expect(title.top - red!.top).toBeCloseTo(2 * 28.95 + 0.5, 1)
    expect(title.align).toBe('center')
  })

  it('puts the 版记 on the bottom of the last page, its last rule on the 版心 bottom', () => {
    const last = qingjiang.pages.at(-1)!
    const rules = last.items.filter((item) => item.kind === 'rule')
    expect(Math.max(...rules.map((rule) => rule.top))).toBeCloseTo(BODY_HEIGHT, 5)
    expect(textLines(last).some((line) => textOf(line).endsWith('日印发'))).toBe(true)
    expect(last.number).toBe(qingjiang.pages.length)
  })

  it('gives a 版记 that does not fit a page of its own, numbered like the others (§7.5)', () => {
    const para: Block = {
      kind: 'paragraph',
      runs: [{ text: '加强干部队伍法治培训，督促干部职工强化法律法规学习，全面提高干部职工法治素养。' }],
      line: null,
    }
    const report = fixtureReport('qingjiang-2023')
    const IMPRINT = [
      '抄送：中共乐清市委全面依法治市委员会办公室。',
      '清江镇党政综合办公室',
      '2024年3月18日印发',
    ]
    // the report grown two lines at a time over a page: at some size no 调整 makes room for the 版记 under the 署名
    const layouts = Array.from(
      { length: 11 },
      (_, added) =>
        layoutReport(
          {
            ...report,
            parts: report.parts.map((part, i) =>
              i === report.parts.length - 1
                ? { ...part, blocks: [...part.blocks, ...Array<Block>(added).fill(para)] }
                : part,
            ),
          },
          { version: 'upward' },
        ).pages,
    )
    const own = layouts.filter((pages) => textLines(pages.at(-1)!).map(textOf).join() === IMPRINT.join())
    expect(own.length).toBeGreaterThan(0)
    for (const pages of own) {
      expect(pages.at(-1)!.number).toBe(pages.length)
      expect(pages.map((page) => page.number)).toEqual(pages.map((_, index) => index + 1))
    }
  })

  it('keeps 上行文 签发人 out of the 公开 version and adds （此件公开发布）', () => {
    const beiliu = layoutReport(fixtureReport('beiliu-2023'), { version: 'public' })
      .pages.flatMap(textLines)
      .map(textOf)
    expect(beiliu.at(-1)).toBe('（此件公开发布）')
    expect(lines.some((line) => textOf(line).startsWith('签发人'))).toBe(true)
    const open = layoutReport(fixtureReport('qingjiang-2023'), { version: 'public' })
      .pages.flatMap(textLines)
      .map(textOf)
    expect(open.some((text) => text.startsWith('签发人'))).toBe(false)
  })
})
