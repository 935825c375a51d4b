// Editing debris a converted document carries ([bookmark: _GoBack], field codes made visible) never prints: the
// .docx, read back with python-docx, and the print preview hold the text around it and not the debris.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyMeta, type Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import { allParagraphs, docxFacts } from '../helpers/docx-facts'
import { modelRows } from '../helpers/model-rows'

const report: Report = {
  meta: {
    ...emptyMeta,
    title: '示范镇2023年法治政府建设情况的报告',
    issuers: ['示范镇人民政府'],
    dateText: '2024年1月25日',
    reportYear: 2023,
  },
  preamble: [
    { kind: 'paragraph', runs: [{ text: '2023年，我镇[bookmark: _GoBack]坚持依法行政。' }], line: null },
  ],
  parts: [
    {
      id: 'measures',
      heading: '主要举措和成效_GoBack',
      line: null,
      blocks: [
        { kind: 'paragraph', runs: [{ text: '全年召开专题会4次{ PAGE \\* MERGEFORMAT }。' }], line: null },
      ],
    },
  ],
}

const DEBRIS = /bookmark|_GoBack|PAGE|MERGEFORMAT|[{}]/u

describe('editing debris in the report', () => {
  it('is left out of the .docx', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fznb-debris-')), 'out.docx')
    writeFileSync(file, await exportDocx(report))
    const texts = allParagraphs(docxFacts(file)).map((paragraph) => paragraph.text)
    expect(texts).toContain('2023年，我镇坚持依法行政。')
    expect(texts).toContain('一、主要举措和成效')
    expect(texts).toContain('全年召开专题会4次。')
    expect(texts.filter((text) => DEBRIS.test(text))).toEqual([])
  })

  it('is left out of the print preview', () => {
    const rows = layoutReport(report).pages.flatMap(modelRows)
    expect(rows).toContain('一、主要举措和成效')
    expect(rows.filter((row) => DEBRIS.test(row))).toEqual([])
  })
})
