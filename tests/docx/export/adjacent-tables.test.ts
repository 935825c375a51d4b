// Two tables one under the other, nothing between them: Word, WPS and LibreOffice read them as one table, the
// second's rows under the first's repeated header where they run over a page. The report grows a line at a time so
// the tables meet the foot of a page at every offset; the .docx has an empty paragraph between them (python-docx),
// and LibreOffice prints each size as the preview pages it, passing every rule of the checker.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report } from '../../../renderer/core/report'
import { boundaryReport, linesOfText } from '../helpers/boundary-report'
import { docxFacts } from '../helpers/docx-facts'
import { failedRules } from '../helpers/gbt9704-checker'
import { type PrintedSeries, printSeries } from '../helpers/printed-series'
import { previewMismatches } from '../helpers/preview-mismatches'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/adjacent-tables')
const SIZES = Array.from({ length: 22 }, (_, index) => index + 1)

const CASES: Block = {
  kind: 'table',
  rows: [
    ['类别', '本年', '上年'],
    ['行政复议案件', '3件', '2件'],
    ['行政诉讼案件', '2件', '4件'],
    ['负责人出庭应诉', '2次', '4次'],
  ],
  header: true,
  line: null,
}
const TRAINING: Block = {
  kind: 'table',
  rows: [
    ['培训', '人次'],
    ...[
      '党委理论学习中心组学法',
      '领导干部法治讲座',
      '执法人员轮训',
      '村（社区）法律明白人培训',
      '普法志愿者培训',
    ].map((name, index) => [name, `${String(30 + 17 * index)}人次`]),
  ],
  header: true,
  line: null,
}

function twoTables(size: number): Report {
  const report = boundaryReport(1)
  const measures = report.parts[0]!
  return {
    ...report,
    preamble: [{ kind: 'paragraph', runs: [{ text: linesOfText(size) }], line: null }],
    parts: [
      { ...measures, blocks: [measures.blocks[0]!, CASES, TRAINING, ...measures.blocks.slice(1)] },
      ...report.parts.slice(1),
    ],
  }
}

describe('two tables with nothing between them', () => {
  const reports = SIZES.map(twoTables)
  const files = SIZES.map((size) => join(OUT, `two-tables-${String(size).padStart(2, '0')}.docx`))
  let printed: PrintedSeries

  beforeAll(async () => {
    printed = await printSeries(reports, files, 'upward', OUT)
  }, 300_000)

  it('are written as two tables with an empty paragraph between them', () => {
    for (const file of files) {
      const blocks = docxFacts(file).blocks
      const first = blocks.findIndex((block) => block.kind === 'tbl')
      expect(blocks[first + 1]).toMatchObject({ kind: 'p', text: '' })
      const [one, two] = [blocks[first], blocks[first + 2]]
      expect(one?.kind === 'tbl' && two?.kind === 'tbl').toBe(true)
      const columns = (block: typeof one): number => (block?.kind === 'tbl' ? block.gridCols.length : 0)
      expect([columns(one), columns(two)]).toEqual([3, 2])
    }
  })

  it('print as the preview pages them at every size, passing every rule of the checker', () => {
    expect(previewMismatches(reports, printed.rendered, 'upward', SIZES)).toEqual([])
    for (const [index, checked] of printed.checked.entries())
      expect(failedRules(checked, `${String(SIZES[index])} lines`)).toEqual([])
  })
})
