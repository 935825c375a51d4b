// A body table running over a page break, against LibreOffice: its rows never split, its header row starts the
// next page again, and a one-line row with its 0.5 pt rule takes exactly the line pitch (its line is the pitch less
// the rule), so a page ending in table rows holds 22 lines and the text after it falls where LibreOffice prints it.
// The report grows a line at a time so the break meets the table at different rows, with and without a header row.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import { boundaryReport } from '../helpers/boundary-report'
import { modelRows } from '../helpers/model-rows'
import { pdfRows } from '../helpers/pdf-rows'
import { type RenderedPdf, renderPdfs } from '../helpers/render-pdf'
import { previewMismatches } from '../helpers/preview-mismatches'

const OUT = join(import.meta.dirname, '../../.artifacts/print/tables')
const SIZES = [2, 5, 9, 13, 17, 21]

/** The reports exported as 上行文 under `names` and rendered by LibreOffice, in one run of it. */
async function renderedReports(reports: readonly Report[], names: readonly string[]): Promise<RenderedPdf[]> {
  mkdirSync(OUT, { recursive: true })
  const files = names.map((name) => join(OUT, `${name}.docx`))
  for (const [index, report] of reports.entries())
    writeFileSync(files[index]!, await exportDocx(report, { version: 'upward' }))
  return renderPdfs(files, join(OUT, 'pdf'))
}

/** `report` with a table of `rows` in its first part, after the part's first `after` blocks. */
function withTableRows(
  report: Report,
  rows: readonly (readonly string[])[],
  header: boolean,
  after: number,
): Report {
  const table: Block = { kind: 'table', rows, header, line: null }
  return {
    ...report,
    parts: report.parts.map((part, index) =>
      index === 0
        ? { ...part, blocks: [...part.blocks.slice(0, after), table, ...part.blocks.slice(after)] }
        : part,
    ),
  }
}

function withTable(lines: number, header: boolean): Report {
  const report = boundaryReport(lines)
  const rows = [
    ['项目', '数量', '备注'],
    ...Array.from({ length: 30 }, (_, index) => [
      `行政事项${String(index + 1)}`,
      String(index + 1),
      '按期办结',
    ]),
  ]
  return withTableRows(report, rows, header, 3)
}

describe.each([true, false])('a table running over a page break (header row: %s)', (header) => {
  const reports = SIZES.map((lines) => withTable(lines, header))
  let rendered: RenderedPdf[]

  beforeAll(async () => {
    rendered = await renderedReports(
      reports,
      SIZES.map((lines) => `table-${header ? 'header' : 'plain'}-${String(lines).padStart(2, '0')}`),
    )
  }, 300_000)

  it('is paginated by the preview as LibreOffice prints it, at every size', () => {
    expect(previewMismatches(reports, rendered, 'upward', SIZES)).toEqual([])
  })

  // a table with a header row: it starts every page again, and pages ending in table rows keep their 22 lines
  if (header)
    it('starts the next page with the header row again', () => {
      const continued = rendered.map((pdf) => pdf.pages.map(pdfRows)).filter((pages) => pages.length > 2)
      expect(continued.length).toBeGreaterThan(0)
      for (const pages of continued)
        expect(pages.some((rows, page) => page > 0 && rows[0] === '项目数量备注')).toBe(true)
    })

  it('sets one-line rows on the line pitch', () => {
    let pairs = 0
    for (const page of rendered.flatMap((pdf) => pdf.pages)) {
      const tops = page.lines
        .filter((line) => line.text.startsWith('行政事项'))
        .map((line) => line.yMin)
        .sort((a, b) => a - b)
      for (let k = 1; k < tops.length; k++, pairs++)
        expect(Math.abs(tops[k]! - tops[k - 1]! - 28.95)).toBeLessThan(0.1)
    }
    expect(pairs).toBeGreaterThan(50)
  })

  // without a header row LibreOffice draws the table's top rule again above the first row it carries over, half a
  // point the page then lacks for its last row (the preview counts it too, paginate.ts)
  if (header)
    it('fills a page that ends in table rows with 22 lines', () => {
      let ending = 0
      for (const pdf of rendered) {
        const pages = pdf.pages.map(pdfRows)
        pages.slice(1, -1).forEach((rows, index) => {
          if (!/^行政事项\d+\d+按期办结$/u.test(rows.at(-1) ?? '')) return
          ending++
          expect(rows, `page ${String(index + 2)}`).toHaveLength(22)
        })
      }
      expect(ending).toBeGreaterThan(0)
    })
})

// Rows of two lines meeting the page break. A narrow 数量 column holds a 100% wider than itself: LibreOffice breaks
// the figure between its characters, and so must the preview, else it counts the row a line short. (The rows are
// written w:cantSplit, as the preview paginates them; LibreOffice split a row without it in a report of the
// three fixtures' text with tables, which these rows do not bring about.)
function withTallRows(lines: number): Report {
  const report = boundaryReport(lines)
  const rows = [
    ['项目', '数量', '说明'],
    ...Array.from({ length: 14 }, (_, index) =>
      index % 2 === 0
        ? [`重大行政决策事项${String(index + 1)}`, '100%', '按期办结']
        : [
            `行政规范性文件${String(index + 1)}`,
            String(index),
            '全年审查规范性文件和合同共计三十五份并提出修改意见',
          ],
    ),
  ]
  return withTableRows(report, rows, true, 3)
}

describe('a table of two-line rows running over a page break', () => {
  const sizes = [1, 4, 7, 10, 13, 16, 19]
  const reports = sizes.map(withTallRows)
  let rendered: RenderedPdf[]

  beforeAll(async () => {
    rendered = await renderedReports(
      reports,
      sizes.map((lines) => `table-tall-${String(lines).padStart(2, '0')}`),
    )
  }, 300_000)

  it('breaks 100% in the narrow column where LibreOffice breaks it', () => {
    // the rows holding only the figure's tail (0% or %), LibreOffice's and the preview's, report by report
    const tails = (pages: readonly (readonly string[])[]): string[] =>
      pages.flat().filter((row) => /^\d*%$/u.test(row))
    const printed = rendered.map((pdf) => tails(pdf.pages.map(pdfRows)))
    const previewed = reports.map((report) =>
      tails(layoutReport(report, { version: 'upward' }).pages.map(modelRows)),
    )
    expect(printed.every((rows) => rows.length >= 7)).toBe(true)
    expect(previewed).toEqual(printed)
  })

  it('is paginated by the preview as LibreOffice prints it, at every size', () => {
    expect(previewMismatches(reports, rendered, 'upward', sizes)).toEqual([])
  })
})

// Columns are as wide as their widest text with the cells' margins, the rest of the measure shared out: the widest
// text of a column then prints on one line, where the preview sets it, whatever column it stands in.
describe('a table whose columns are sized by their widest text', () => {
  const tables = [
    [
      ['项目', '数量', '说明'],
      ['负责人出庭应诉率', '行政诉讼案件', '行政诉讼案件'],
      ['100%', '41场次', '合法性审查率100%，全年审查规范性文件12件'],
    ],
    [
      ['项目', '数量', '说明'],
      ['审查合同35份', '41场次', '负责人出庭应诉率'],
      ['合法性审查率100%，全年审查规范性文件12件', '行政诉讼案件', '审查合同35份'],
    ],
  ]
  const reports = tables.map((rows) => withTableRows(boundaryReport(3), rows, true, 2))
  let rendered: RenderedPdf[]

  beforeAll(async () => {
    rendered = await renderedReports(
      reports,
      tables.map((_, index) => `table-widest-${String(index)}`),
    )
  }, 300_000)

  it('prints 行政诉讼案件, its column’s widest text, on one line, as the preview does', () => {
    for (const [index, pdf] of rendered.entries()) {
      const printed = pdf.pages.flatMap(pdfRows).filter((row) => row.includes('行政诉讼案'))
      const previewed = layoutReport(reports[index]!, { version: 'upward' })
        .pages.flatMap(modelRows)
        .filter((row) => row.includes('行政诉讼案'))
      expect(printed.every((row) => row.includes('行政诉讼案件'))).toBe(true)
      expect(previewed).toEqual(printed)
    }
  })
})
