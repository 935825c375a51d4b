// A report that ends with a table, the report growing a line at a time: where the 署名 would open a page on its
// own, the table keeps with it (every paragraph of the table kept with the next), and the preview paginates each
// size as LibreOffice prints it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { boundaryReport } from '../helpers/boundary-report'
import { type CheckerReport, failedRules, runCheckerOnRendered } from '../helpers/gbt9704-checker'
import { type RenderedPdf, renderPdfs } from '../helpers/render-pdf'
import { previewMismatches } from '../helpers/preview-mismatches'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/table-signature')
const SIZES = Array.from({ length: 12 }, (_, index) => index + 1)
const table: Block = {
  kind: 'table',
  rows: [
    ['项目', '数量'],
    ['行政处罚', '21'],
    ['行政诉讼', '1'],
  ],
  header: true,
  line: null,
}

function endingWithTable(lines: number): Report {
  const report = boundaryReport(lines)
  const last = report.parts.length - 1
  return {
    ...report,
    parts: report.parts.map((part, index) =>
      index === last ? { ...part, blocks: [...part.blocks, table] } : part,
    ),
  }
}

describe('a report ending with a table', () => {
  const reports = SIZES.map(endingWithTable)
  let rendered: RenderedPdf[]
  let checked: CheckerReport[]

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const files = SIZES.map((lines) => join(OUT, `table-end-${String(lines).padStart(2, '0')}.docx`))
    for (const [index, report] of reports.entries())
      writeFileSync(files[index]!, await exportDocx(report, { version: 'upward' }))
    rendered = renderPdfs(files, join(OUT, 'pdf'))
    checked = runCheckerOnRendered(files, rendered, true)
  }, 600_000)

  it('never leaves the 署名 on a page without 正文 above it', () => {
    const failed = checked.flatMap((report, index) => failedRules(report, `${String(SIZES[index])} lines`))
    expect(failed).toEqual([])
  })

  it('is paginated by the preview as LibreOffice prints it, at every size', () => {
    expect(previewMismatches(reports, rendered, 'upward', SIZES)).toEqual([])
  })
})
