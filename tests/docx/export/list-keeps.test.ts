// A numbered list whose lines name figures (1.全年办理行政复议案件3件；) is a list, not run-in headings: its numbers
// stay as typed and its text in the body's face. A proofreader, and the layout checker, read a 1. opening as a
// heading all the same, so each line keeps with what follows it as a heading does, and no page ends on one with
// the rest of the list or its text overleaf. The report grows a line at a time, so over 22 sizes the list meets the
// foot of a page at every line; each size is held to the preview's pages and every rule of the checker.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report } from '../../../renderer/core/report'
import type { FlowParagraph } from '../../../renderer/docx/layout/flow-line'
import { paginateReport } from '../../../renderer/docx/layout/layout-report'
import { boundaryReport } from '../helpers/boundary-report'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'
import { type CheckerReport, failedRules } from '../helpers/gbt9704-checker'
import { printSeries } from '../helpers/printed-series'
import { previewMismatches } from '../helpers/preview-mismatches'
import type { RenderedPdf } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/list-keeps')
const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)
const ITEMS = [
  '全年办理行政复议案件3件，行政诉讼案件2件；',
  '行政机关负责人出庭应诉率100%；',
  '开展法治宣传活动12场次，受众3000余人次；',
  '审查镇政府合同35份，提出修改意见18条。',
]
const LIST: Block = { kind: 'list', ordered: true, items: ITEMS, line: null }

/** `boundaryReport` with the list after the first paragraph of its first part. */
function withList(lines: number): Report {
  const report = boundaryReport(lines)
  const [first, ...rest] = report.parts
  if (first === undefined) throw new Error('boundaryReport has parts')
  return {
    ...report,
    parts: [{ ...first, blocks: [...first.blocks.slice(0, 2), LIST, ...first.blocks.slice(2)] }, ...rest],
  }
}

describe('a numbered list of figures', () => {
  const reports = SIZES.map(withList)
  const files = SIZES.map((lines) => join(OUT, `list-${String(lines).padStart(2, '0')}.docx`))
  let rendered: RenderedPdf[]
  let checked: CheckerReport[]

  beforeAll(async () => {
    ;({ rendered, checked } = await printSeries(reports, files, 'upward', OUT))
  }, 600_000)

  it('keeps each line with what follows it in the preview, in the body face as typed', () => {
    const paper = paginateReport(withList(1), { version: 'upward' })
    const firstLine = (flow: FlowParagraph): string =>
      (flow.lines[0]?.items ?? [])
        .map((item) => (item.kind === 'line' ? item.spans.map((span) => span.text).join('') : ''))
        .join('')
    const lines = ITEMS.map((item, index) =>
      paper.flow.find((flow) => firstLine(flow).startsWith(`${String(index + 1)}.${item.slice(0, 8)}`)),
    )
    expect(lines).toHaveLength(ITEMS.length)
    for (const flow of lines) expect(flow?.keepNext).toBe(true)
  })

  it('writes the keep on each line of the .docx, the numbers as typed', () => {
    const paragraphs = allParagraphs(docxFacts(files[0]!))
    for (const [index, item] of ITEMS.entries()) {
      const written = paragraphs.find((paragraph) => paragraph.text === `${String(index + 1)}.${item}`)
      expect(written?.keepNext, item).toBe(true)
    }
  })

  it('never leaves a line of it at the foot of a page with its text overleaf, passing every rule of the checker', () => {
    const failed = checked.flatMap((report, index) => failedRules(report, `${String(SIZES[index])} lines`))
    expect(failed).toEqual([])
  })

  it('is paginated by the preview as LibreOffice prints it, at every size', () => {
    expect(previewMismatches(reports, rendered, 'upward', SIZES)).toEqual([])
  })
})
