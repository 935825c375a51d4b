// A full-width mark where a line ends and digits or letters follow (依法履职，2023年): LibreOffice used to hang such a
// comma in the margin and then not print it. Synthetic paragraphs put ，、。；：） before 2023, ABC and 95.2% at every
// position around the end of the first line; the export is rendered by LibreOffice and read back with pdftotext:
// every mark of the text is printed, and the print preview breaks every line where LibreOffice does.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Block, emptyMeta, type Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import type { PrintLine, PrintPage } from '../../../renderer/docx/layout/print-layout'
import { pdfRows } from '../helpers/pdf-rows'
import { renderPdf } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/print/closing-marks')

const han = (n: number): string => '法治政府建设年度报告依法行政'.repeat(3).slice(0, n)
const MARKS = ['，', '、', '。', '；', '：', '）'] as const
const TAILS = [
  '2023年度内未发生违规违法行为。',
  'ABC系统上线运行，群众满意。',
  '95.2%的群众表示满意。',
] as const

/** The mark after 23–28 characters: the first line holds 26 after its 2-字 indent, so it ends in or just after it. */
const texts = MARKS.flatMap((mark) =>
  TAILS.flatMap((tail) => [23, 24, 25, 26, 27, 28].map((n) => `${han(n)}${mark}${tail}`)),
)

const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
const report: Report = { meta: emptyMeta, preamble: texts.map(paragraph), parts: [] }

const textOf = (line: PrintLine): string =>
  line.spans
    .map((span) => span.text)
    .join('')
    .replace(/\s/gu, '')

function modelRows(page: PrintPage): string[] {
  return page.items
    .filter((item): item is PrintLine => item.kind === 'line' && textOf(item) !== '')
    .sort((a, b) => a.top - b.top)
    .map(textOf)
}

describe('a full-width mark before digits or letters at the end of a line', () => {
  let printed: string[]

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const docx = join(OUT, 'closing-marks.docx')
    writeFileSync(docx, await exportDocx(report))
    printed = renderPdf(docx, OUT).pages.flatMap(pdfRows)
  })

  it('is printed, as every other mark of the text', () => {
    const source = texts.join('').replace(/\s/gu, '')
    for (const mark of ['，', '、', '。', '；', '：', '）'])
      expect(printed.join('').split(mark).length, mark).toBe(source.split(mark).length)
    expect(printed.join('')).toBe(source)
  })

  it('stays with the digits or letters after it, and the preview breaks each line where LibreOffice does', () => {
    expect(printed).toHaveLength(texts.length * 2)
    expect(layoutReport(report).pages.flatMap(modelRows)).toEqual(printed)
  })
})
