// Where a line may not break around figures and dashes, as LibreOffice sets the 正文 (Unicode line breaking as its
// ICU applies it): not after a closing quote that digits or letters follow (“法律明白人”12345热线), not between the
// two dashes of a ——, not between a figure's % and a bracket that opens on a figure (12.5%（2023年）), and between a
// word and the bracket after it (APP（2023）, APP《条例》) only where the line overflows on a character after the
// bracket in the bracket's run of Asian text. Each is put at every position around the end of the first line,
// exported, printed by LibreOffice and read back: the preview breaks every line where LibreOffice does.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Block, emptyMeta, type Report } from '../../../renderer/core/report'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import { modelRows } from '../helpers/model-rows'
import { printedRows } from '../helpers/printed-rows'

const OUT = join(import.meta.dirname, '../../.artifacts/print/figure-breaks')
const han = (n: number): string => '法治政府建设年度报告依法行政'.repeat(6).slice(0, n)
const JOINS = [
  '“法律明白人”12345热线',
  '‘八五’2023年',
  '——2023年',
  '行政诉讼——',
  '纠错率12.5%（2023年）',
  '达100%（3件）',
  '学习强国APP（2023—2025年）',
  'APP《条例》',
  '2023《条例》',
  '2023（一）',
  'GDP〔2023〕',
  'PPP【项目】',
]
const texts = JOINS.flatMap((join) =>
  [20, 21, 22, 23, 24, 25, 26, 27].map((n) => `${han(n)}${join}${han(30)}。`),
)
const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
const report: Report = { meta: emptyMeta, preamble: texts.map(paragraph), parts: [] }

describe('figures and dashes at the end of a line', () => {
  let printed: string[]

  beforeAll(async () => {
    printed = await printedRows(report, OUT, 'figure-breaks')
  })

  it('are printed whole, in order', () => {
    expect(printed.join('')).toBe(texts.join('').replace(/\s/gu, ''))
  })

  it('break in the preview where LibreOffice breaks them, every line', () => {
    expect(layoutReport(report).pages.flatMap(modelRows)).toEqual(printed)
  })
})
