// A report that ends with a table, the report growing a line at a time: where the 署名 would open a page on its
// own, the table keeps with it (every paragraph of the table kept with the next), and the preview paginates each
// size as LibreOffice prints it. The blank line between the table and the 署名 is an empty paragraph: a reader
// that looks for the 署名 upwards from the date to the first empty line (the checker does) must not take the table's
// last cells for it, as it did with a one-row table that moved over to the 署名's page and seemed to open it.
// A table's last rows run on to the 署名's page under its repeated header are 正文 above the 署名: in a report of two
// or three pages the table at the foot of the middle page runs on, or goes over whole where paragraphs set loose fill
// the page it leaves, and the middle page is full at every size (kept with the 署名, it went over whole and left the
// page a third short); a table too long to share a page with the 署名 runs on as it falls (kept, it left the 署名 a
// page of its own).
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report } from '../../../renderer/core/report'
import type { FlowParagraph } from '../../../renderer/docx/layout/flow-line'
import {
  type PaginatedReport,
  paginateReport,
  printLayout,
} from '../../../renderer/docx/layout/layout-report'
import { LOOSE_TRACKING_PT } from '../../../renderer/docx/layout/paragraph-lines'
import { boundaryReport, threePageReport } from '../helpers/boundary-report'
import { type CheckerReport, failedRules } from '../helpers/gbt9704-checker'
import { printSeries } from '../helpers/printed-series'
import { type RenderedPdf } from '../helpers/render-pdf'
import { previewMismatches } from '../helpers/preview-mismatches'
import { docxFacts } from '../helpers/docx-facts'
import { modelRows } from '../helpers/model-rows'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/table-signature')
const SIZES = Array.from({ length: 12 }, (_, index) => index + 1)
const TABLES: readonly Block[] = [
  {
    kind: 'table',
    rows: [
      ['项目', '数量'],
      ['行政处罚', '21'],
      ['行政诉讼', '1'],
    ],
    header: true,
    line: null,
  },
  { kind: 'table', rows: [['行政诉讼案件', '2件']], header: false, line: null },
  // a table that runs over a page at most sizes: kept with the 署名, it cannot move whole, and the blank line and
  // the 署名 go where LibreOffice puts them
  {
    kind: 'table',
    rows: [
      ['项目', '数量'],
      ...Array.from({ length: 26 }, (_, index) => [
        `行政执法事项${String(index + 1)}`,
        `${String(index + 2)}件`,
      ]),
    ],
    header: true,
    line: null,
  },
]

function endingWithTable(lines: number, table: Block): Report {
  const report = boundaryReport(lines)
  const last = report.parts.length - 1
  return {
    ...report,
    parts: report.parts.map((part, index) =>
      index === last ? { ...part, blocks: [...part.blocks, table] } : part,
    ),
  }
}

describe.each(TABLES.map((table) => ({ table, rows: table.kind === 'table' ? table.rows.length : 0 })))(
  'a report ending with a table of $rows rows',
  ({ table, rows }) => {
    const reports = SIZES.map((lines) => endingWithTable(lines, table))
    const files = SIZES.map((lines) =>
      join(OUT, `table-${String(rows)}-end-${String(lines).padStart(2, '0')}.docx`),
    )
    let rendered: RenderedPdf[]
    let checked: CheckerReport[]

    beforeAll(async () => {
      ;({ rendered, checked } = await printSeries(reports, files, 'upward', OUT))
    }, 600_000)

    it('never leaves the 署名 on a page without 正文 above it', () => {
      const failed = checked.flatMap((report, index) => failedRules(report, `${String(SIZES[index])} lines`))
      expect(failed).toEqual([])
    })

    it('is read by the checker as a 署名 of its own line, the table’s cells not taken into it', () => {
      const issuer = boundaryReport(1).meta.issuers[0]!
      for (const report of checked) {
        const layout = report.rules.find((rule) => rule.id === 'signature-date-layout')
        expect(layout?.detail).toContain(`署名 '${issuer}';`)
      }
    })

    it('is paginated by the preview as LibreOffice prints it, at every size', () => {
      expect(previewMismatches(reports, rendered, 'upward', SIZES)).toEqual([])
    })

    it('writes the blank line under the table as an empty paragraph kept with the 署名, no space above the 署名', () => {
      for (const file of files) {
        const blocks = docxFacts(file).blocks
        const tableAt = blocks.findIndex((block) => block.kind === 'tbl' && block.float === null)
        const [blank, signed] = blocks.slice(tableAt + 1)
        expect(blank).toMatchObject({ kind: 'p', text: '', keepNext: true })
        expect(signed).toMatchObject({ kind: 'p', text: boundaryReport(1).meta.issuers[0] })
        if (blank?.kind !== 'p' || signed?.kind !== 'p')
          throw new Error(`${file}: no paragraphs under the table`)
        expect(signed.spacing?.before ?? '0').toBe('0')
        // a line of the 22-line grid, or half of one where the block is set closer (closed-up-signature.ts)
        const closedUp = Number(signed.spacing?.line) < 579
        expect(blank.spacing).toMatchObject({ line: closedUp ? '290' : '579', lineRule: 'exact' })
      }
    })
  },
)

// `threePageReport` cut to its first five blocks and one of its second part, then a table of five rows
const FIVE_ROWS: Block = {
  kind: 'table',
  rows: [
    ['项目', '数量'],
    ['行政处罚', '21件'],
    ['行政复议', '3件'],
    ['行政诉讼', '1件'],
    ['出庭应诉', '1次'],
  ],
  header: true,
  line: null,
}

/** A 正文 paragraph set loose (page-fill.ts): its lines at the loose tracking. */
const isLoose = (flow: FlowParagraph): boolean =>
  flow.lines.some((line) =>
    line.items.some((item) => item.kind === 'line' && item.tracking === LOOSE_TRACKING_PT),
  )

function shortEndingWithTable(lines: number): Report {
  const report = threePageReport(lines)
  const [measures, shortcomings] = report.parts
  if (measures === undefined || shortcomings === undefined) throw new Error('threePageReport has two parts')
  return {
    ...report,
    parts: [
      { ...measures, blocks: measures.blocks.slice(0, 5) },
      { ...shortcomings, blocks: [shortcomings.blocks[0]!, FIVE_ROWS] },
    ],
  }
}

describe('a short report ending with a table at the foot of its middle page', () => {
  const SHORT_SIZES = Array.from({ length: 22 }, (_, index) => index + 1)
  const reports = SHORT_SIZES.map(shortEndingWithTable)
  const papers = reports.map((report) => paginateReport(report, { version: 'upward' }))
  const files = SHORT_SIZES.map((lines) =>
    join(OUT, `short-table-end-${String(lines).padStart(2, '0')}.docx`),
  )
  let rendered: RenderedPdf[]
  let checked: CheckerReport[]

  beforeAll(async () => {
    ;({ rendered, checked } = await printSeries(reports, files, 'upward', OUT))
  }, 600_000)

  /** Where the table starts and ends against the 署名's page: before it, on it. */
  const tableAt = (paper: PaginatedReport): { starts: 'before' | 'on'; ends: 'before' | 'on' } => {
    const { lines } = paper.pagination
    const table = lines.filter((line) => line.paragraph === paper.bodyEnd - 1)
    const signature = lines.find((line) => line.paragraph === paper.bodyEnd)!.page
    const where = (page: number): 'before' | 'on' => (page < signature ? 'before' : 'on')
    return { starts: where(table[0]!.page), ends: where(table.at(-1)!.page) }
  }

  it('has its middle page full at every size', () => {
    for (const [index, paper] of papers.entries()) {
      const pages = printLayout(paper).pages.map(modelRows)
      if (pages.length < 3) continue
      expect(
        Math.max(...pages.slice(1, -1).map((rows) => rows.length)),
        `${String(SHORT_SIZES[index])} lines`,
      ).toBe(22)
    }
  })

  it('runs the table on to the 署名 at some sizes, and sends it over whole at others, paragraphs set loose', () => {
    const runOn = papers.filter((paper) => {
      const at = tableAt(paper)
      return at.starts === 'before' && at.ends === 'on'
    })
    const whole = papers.filter(
      (paper) =>
        tableAt(paper).starts === 'on' &&
        paper.pagination.lines.find((line) => line.paragraph === paper.bodyEnd - 1)!.top === 0 &&
        paper.flow.slice(paper.bodyStart, paper.bodyEnd - 1).some(isLoose),
    )
    expect(runOn.length).toBeGreaterThan(0)
    expect(whole.length).toBeGreaterThan(0)
    for (const paper of [...runOn, ...whole])
      expect(paper.flow[paper.bodyEnd - 1]!.keepNext ?? false).toBe(false)
  })

  it('is paginated by the preview as LibreOffice prints it, at every size', () => {
    expect(previewMismatches(reports, rendered, 'upward', SHORT_SIZES)).toEqual([])
  })

  it('passes every rule of the checker at every size', () => {
    const failed = checked.flatMap((report, index) =>
      failedRules(report, `${String(SHORT_SIZES[index])} lines`),
    )
    expect(failed).toEqual([])
  })
})

// 21 rows: with the blank line and the 署名 block, more than a page
const LONG_TABLE: Block = {
  kind: 'table',
  rows: [
    ['项目', '数量'],
    ...Array.from({ length: 20 }, (_, index) => [
      `行政执法事项${String(index + 1)}`,
      `${String(index + 2)}件`,
    ]),
  ],
  header: true,
  line: null,
}

describe('a report ending with a table too long to share a page with the 署名', () => {
  const LONG_SIZES = Array.from({ length: 22 }, (_, index) => index + 1)
  const papers = LONG_SIZES.map((lines) =>
    paginateReport(endingWithTable(lines, LONG_TABLE), { version: 'upward' }),
  )
  // the sizes at which the 署名 has the table's last rows above it, run on from the page before
  const runOn = LONG_SIZES.filter((_, index) => {
    const paper = papers[index]!
    const { lines } = paper.pagination
    const signature = lines.findIndex((line) => line.paragraph === paper.bodyEnd)
    const above = lines[signature - 1]!
    const tableStart = lines.find((line) => line.paragraph === paper.bodyEnd - 1)!
    return (
      above.paragraph === paper.bodyEnd - 1 &&
      above.page === lines[signature]!.page &&
      tableStart.page < above.page
    )
  })
  const reports = runOn.map((lines) => endingWithTable(lines, LONG_TABLE))
  const files = runOn.map((lines) => join(OUT, `long-table-end-${String(lines).padStart(2, '0')}.docx`))
  let rendered: RenderedPdf[]
  let checked: CheckerReport[]

  beforeAll(async () => {
    ;({ rendered, checked } = await printSeries(reports, files, 'upward', OUT))
  }, 600_000)

  it('is not kept with the 署名: at some sizes its last rows run on above it', () => {
    expect(runOn.length).toBeGreaterThan(0)
    for (const paper of papers) expect(paper.flow[paper.bodyEnd - 1]!.keepNext ?? false).toBe(false)
  })

  it('prints as the preview shows, the 署名 under table rows, passing every rule of the checker', () => {
    expect(previewMismatches(reports, rendered, 'upward', runOn)).toEqual([])
    const failed = checked.flatMap((report, index) => failedRules(report, `${String(runOn[index])} lines`))
    expect(failed).toEqual([])
  })
})
