// A body table running over a page break, against LibreOffice: its rows never split, its header row starts the
// next page again, and each row takes its 0.5 pt rule on top of the line pitch, so the text after it falls where
// LibreOffice prints it. The report grows a line at a time so the break meets the table at different rows.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { boundaryReport } from '../helpers/boundary-report'
import { pdfRows } from '../helpers/pdf-rows'
import { type RenderedPdf, renderPdfs } from '../helpers/render-pdf'
import { previewMismatches } from '../helpers/preview-mismatches'

const OUT = join(import.meta.dirname, '../../.artifacts/print/tables')
const SIZES = [2, 5, 9, 13, 17, 21]

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
  const table: Block = { kind: 'table', rows, header, line: null }
  return {
    ...report,
    parts: report.parts.map((part, index) =>
      index === 0 ? { ...part, blocks: [...part.blocks.slice(0, 3), table, ...part.blocks.slice(3)] } : part,
    ),
  }
}

describe('a table running over a page break', () => {
  const reports = SIZES.map((lines) => withTable(lines, true))
  let rendered: RenderedPdf[]

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const files = SIZES.map((lines) => join(OUT, `table-${String(lines).padStart(2, '0')}.docx`))
    for (const [index, report] of reports.entries())
      writeFileSync(files[index]!, await exportDocx(report, { version: 'upward' }))
    rendered = renderPdfs(files, join(OUT, 'pdf'))
  }, 300_000)

  it('is paginated by the preview as LibreOffice prints it, at every size', () => {
    expect(previewMismatches(reports, rendered, 'upward', SIZES)).toEqual([])
  })

  it('starts the next page with the header row again', () => {
    const continued = rendered.map((pdf) => pdf.pages.map(pdfRows)).filter((pages) => pages.length > 2)
    expect(continued.length).toBeGreaterThan(0)
    for (const pages of continued)
      expect(pages.some((rows, page) => page > 0 && rows[0] === '项目数量备注')).toBe(true)
  })
})
