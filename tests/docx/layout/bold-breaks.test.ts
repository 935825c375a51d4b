// Bold runs in the 正文 (a clerk's bold lead: 全年办理案件2023件) set their figures and letters in DejaVu Sans Bold
// on the machines the app is checked on, a tenth wider than the regular face (the Chinese face has no bold and keeps
// its advances). Paragraphs open with such a lead in bold and run on in plain text at lengths that bring the first
// line's end past every character around it; LibreOffice's lines, read back from its PDF, are the preview's.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Block, emptyMeta, type Report } from '../../../renderer/core/report'
import { breakLines } from '../../../renderer/docx/layout/break-lines'
import { BODY_FORMAT } from '../../../renderer/docx/layout/flow-metrics'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import { modelRows } from '../helpers/model-rows'
import { printedRows } from '../helpers/printed-rows'

const OUT = join(import.meta.dirname, '../../.artifacts/print/bold-breaks')
const LEADS = [
  '全年办理案件2023件',
  '学习强国APP平台',
  '网址www.sfz.gov.cn',
  '出庭应诉率100%',
  '一是加强学习。',
]
const han = (n: number): string => '法治政府建设年度报告依法行政'.repeat(9).slice(0, n)
const PARAGRAPHS = LEADS.flatMap((lead) =>
  [14, 15, 16, 17, 18, 19, 20].map((n): Block => ({
    kind: 'paragraph',
    runs: [{ text: lead, bold: true }, { text: `${han(n)}，${han(40)}。` }],
    line: null,
  })),
)
const report: Report = { meta: emptyMeta, preamble: PARAGRAPHS, parts: [] }

describe('bold runs with figures and letters', () => {
  let printed: string[]

  beforeAll(async () => {
    printed = await printedRows(report, OUT, 'bold')
  })

  it('break in the preview where LibreOffice breaks them, every line', () => {
    expect(layoutReport(report).pages.flatMap(modelRows)).toEqual(printed)
  })

  it('would break elsewhere measured in the regular face: the bold widths are what matches', () => {
    const { size, tracking, width, firstLine } = BODY_FORMAT
    const regularFirstLines = PARAGRAPHS.map((block) => {
      const runs = block.kind === 'paragraph' ? block.runs : []
      const text = runs.map((run) => run.text).join('')
      // the plain run a portion of its own, as the preview sets it: only the widths differ
      const portions = new Set([[...(runs[0]?.text ?? '')].length])
      const [first] = breakLines(text, { size, tracking, firstWidth: width - firstLine, width, portions })
      return [...text].slice(first!.start, first!.end).join('').replace(/\s/gu, '')
    })
    const printedFirstLines = printed.filter((row) =>
      LEADS.some((lead) => row.startsWith(lead.replace(/\s/gu, ''))),
    )
    expect(printedFirstLines).toHaveLength(PARAGRAPHS.length)
    expect(
      regularFirstLines.filter((line, index) => line !== printedFirstLines[index]).length,
    ).toBeGreaterThan(0)
  })
})
