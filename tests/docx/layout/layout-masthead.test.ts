// The print preview's 版头 against LibreOffice's rendering of the exported .docx for joint and long-named marks:
// the same pages and rows, each line of the mark where LibreOffice prints it (the names, 文件 centred on them),
// and the same narrowed characters.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import type { PrintLayout, PrintLine } from '../../../renderer/docx/layout/print-layout'
import { markCases, markReport } from '../helpers/mark-report'
import { pdfRows } from '../helpers/pdf-rows'
import { type PdfLine, type PdfPage, renderPdf } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/print/mark')
/** Top left of the 版心 on the page (GB/T 9704 §5.2.2: 37 mm from the top, 28 mm from the left), in points. */
const AREA_TOP = 2098 / 20
const AREA_LEFT = 1588 / 20

const cases = [markCases.joint2, markCases.joint4, markCases.jointShort, markCases.single20]

const textOf = (line: PrintLine): string => line.spans.map((span) => span.text).join('')

function modelRows(layout: PrintLayout): number[] {
  return layout.pages.map(
    (page) =>
      new Set(
        page.items
          .filter((item): item is PrintLine => item.kind === 'line' && textOf(item).trim() !== '')
          .map((line) => Math.round(line.top)),
      ).size,
  )
}

describe.each(cases)('$name mark: preview against LibreOffice', ({ name, mark, issuers, lines }) => {
  let pdf: readonly PdfPage[]
  let layout: PrintLayout
  let markLines: PrintLine[]

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const docx = join(OUT, `${name}.docx`)
    writeFileSync(docx, await exportDocx(markReport(mark, issuers), { version: 'upward' }))
    pdf = renderPdf(docx, OUT).pages
    layout = layoutReport(markReport(mark, issuers), { version: 'upward' })
    markLines = layout.pages[0]!.items.filter((item): item is PrintLine => item.kind === 'line' && item.red)
  })

  const printed = (text: string): PdfLine => {
    const line = pdf[0]!.lines.find((candidate) => candidate.text.replace(/\s/gu, '') === text)
    if (line === undefined) throw new Error(`LibreOffice did not print “${text}” on one line`)
    return line
  }

  it('has the pages and rows LibreOffice prints', () => {
    expect(layout.pages.length).toBe(pdf.length)
    expect(modelRows(layout)).toEqual(pdf.map((page) => pdfRows(page).length))
  })

  it('puts every line of the mark, narrowed as LibreOffice narrows it, where LibreOffice prints it', () => {
    expect(markLines.map(textOf)).toEqual(lines)
    for (const line of markLines) {
      const text = textOf(line)
      const width = [...text].length * line.size * (line.scale ?? 1)
      const left = AREA_LEFT + line.left + (line.width - width) / 2
      const box = printed(text)
      expect(box.xMin, text).toBeCloseTo(left, 0)
      expect(box.xMax, text).toBeCloseTo(left + width, 0)
    }
  })

  it('keeps the lines of the mark as far apart as LibreOffice, 文件 centred on the names', () => {
    // glyph boxes sit a little lower than the middle of their lines, by the same amount on every line
    const offsets = markLines.map((line) => {
      const box = printed(textOf(line))
      return (box.yMin + box.yMax) / 2 - (AREA_TOP + line.top + line.height / 2)
    })
    for (const offset of offsets) {
      expect(Math.abs(offset - offsets[0]!)).toBeLessThan(0.5)
      expect(Math.abs(offset)).toBeLessThan(0.1 * markLines[0]!.size)
    }
  })
})
