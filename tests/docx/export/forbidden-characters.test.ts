// Export keeps the characters XML forbids out of the .docx even when the report holds them (a .fznb from an older
// version, or written by hand): the file passes the ECMA-376 schema check.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyMeta, type Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { validateOoxml } from '../helpers/ooxml-validator'

const dirty: Report = {
  meta: {
    ...emptyMeta,
    title: '清江镇2023年\uFFFF法治政府建设年度报告',
    issuers: ['清江镇\uD800人民政府'],
    reportYear: 2023,
  },
  preamble: [{ kind: 'paragraph', runs: [{ text: '导语\x01\uFFFE。' }], line: null }],
  parts: [
    {
      id: 'measures',
      heading: '主要举措\uDC00和成效',
      line: null,
      blocks: [
        { kind: 'paragraph', runs: [{ text: '全年\f召开专题会\x1b4次。' }], line: null },
        {
          kind: 'table',
          rows: [
            ['项目\uFFFF', '件数'],
            ['复议\uD83D', '3'],
          ],
          header: true,
          line: null,
        },
        { kind: 'list', ordered: false, items: ['一项\x08'], line: null },
      ],
    },
  ],
}

describe('export of a report holding characters XML forbids', () => {
  it('writes a .docx the schema check passes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fznb-xml-')), 'out.docx')
    writeFileSync(file, await exportDocx(dirty))
    const check = validateOoxml(file)
    expect(check.output).toMatch(/ooxml: 0 errors/)
    expect(check.status).toBe(0)
  })
})
