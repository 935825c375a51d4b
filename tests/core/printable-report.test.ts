// What prints of a report: Word's hidden bookmark and visible field codes left out of every text, in the body, the
// headings, lists, tables and the metadata; a clean report untouched, the same object.
import { describe, expect, it } from 'vitest'
import { printableReport, printableText } from '../../renderer/core/printable-report'
import { emptyMeta, type Report } from '../../renderer/core/report'

const debris: Report = {
  meta: {
    ...emptyMeta,
    title: '示范镇2023年法治政府建设情况的报告[bookmark: _GoBack]',
    issuers: ['示范镇人民政府'],
  },
  preamble: [
    { kind: 'paragraph', runs: [{ text: '2023年，我镇[bookmark: _GoBack]坚持依法行政。' }], line: 1 },
  ],
  parts: [
    {
      id: 'measures',
      heading: '主要举措{ PAGE \\* MERGEFORMAT }',
      line: 2,
      blocks: [
        { kind: 'heading', level: 2, text: '加强组织领导_GoBack', line: 3 },
        { kind: 'list', ordered: false, items: ['普法宣传HYPERLINK "http://x.cn"活动'], line: 4 },
        { kind: 'table', rows: [['项目', '[BOOKMARK: _GoBack]件数']], header: true, line: 5 },
      ],
    },
  ],
}

describe('printableReport', () => {
  const printed = printableReport(debris)

  it('leaves machine-made editing debris out of every text', () => {
    expect(printed.meta.title).toBe('示范镇2023年法治政府建设情况的报告')
    expect(printed.preamble[0]).toMatchObject({ runs: [{ text: '2023年，我镇坚持依法行政。' }] })
    const part = printed.parts[0]!
    expect(part.heading).toBe('主要举措')
    expect(part.blocks[0]).toMatchObject({ text: '加强组织领导' })
    expect(part.blocks[1]).toMatchObject({ items: ['普法宣传活动'] })
    expect(part.blocks[2]).toMatchObject({ rows: [['项目', '件数']] })
  })

  it('keeps what a person typed: template placeholders and braces in the text stay for the check to point at', () => {
    expect(printableText('××镇【填写数字】件')).toBe('××镇【填写数字】件')
    expect(printableText('{会议纪要}第3期')).toBe('{会议纪要}第3期')
  })

  it('returns a clean report as it is, not a copy', () => {
    const clean: Report = { ...debris, meta: emptyMeta, preamble: [], parts: [] }
    expect(printableReport(clean)).toBe(clean)
  })

  it('leaves the report it was given unchanged, for the check', () => {
    expect(debris.preamble[0]).toMatchObject({
      runs: [{ text: '2023年，我镇[bookmark: _GoBack]坚持依法行政。' }],
    })
  })
})
