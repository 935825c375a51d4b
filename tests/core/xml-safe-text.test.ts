import { describe, expect, it } from 'vitest'
import { emptyMeta, type Report } from '../../renderer/core/report'
import { printableReport } from '../../renderer/core/printable-report'
import { isXmlSafe, xmlSafeText } from '../../renderer/core/xml-safe-text'

describe('xmlSafeText', () => {
  const cases: readonly { input: string; expected: string }[] = [
    { input: '全年召开专题会4次。', expected: '全年召开专题会4次。' },
    { input: '制表\t和换行\n保留', expected: '制表\t和换行\n保留' },
    { input: '空\0字符\x01与\x1f控制符', expected: '空字符与控制符' },
    { input: '第一页\f第二页', expected: '第一页\n第二页' },
    { input: '竖\v制表', expected: '竖\n制表' },
    { input: '回车\r\n换行\r单独回车', expected: '回车\n换行\n单独回车' },
    { input: '非字符\uFFFE与\uFFFF', expected: '非字符与' },
    { input: '落单\uD800代理\uDC00项', expected: '落单代理项' },
    { input: '成对代理项𠀀保留', expected: '成对代理项𠀀保留' },
  ]
  it.each(cases)('$input', ({ input, expected }) => {
    expect(xmlSafeText(input)).toBe(expected)
    expect(isXmlSafe(xmlSafeText(input))).toBe(true)
  })
})

// the whole report is made XML-safe as it prints (printable-report.ts)
describe('printableReport, for the characters XML forbids', () => {
  const clean: Report = {
    meta: { ...emptyMeta, title: '报告' },
    preamble: [],
    parts: [
      {
        id: 'measures',
        heading: '举措',
        line: null,
        blocks: [{ kind: 'table', rows: [['a']], header: false, line: null }],
      },
    ],
  }

  it('gives the same report when nothing needs taking out', () => {
    expect(printableReport(clean)).toBe(clean)
  })

  it('takes the characters out of meta, headings, runs, cells and list items', () => {
    const dirty: Report = {
      meta: { ...emptyMeta, title: '报\uFFFF告', issuers: ['清江镇\x07人民政府'] },
      preamble: [{ kind: 'paragraph', runs: [{ text: '导\uD800语', bold: true }], line: null }],
      parts: [
        {
          id: 'measures',
          heading: '举\x01措',
          line: null,
          blocks: [
            { kind: 'table', rows: [['a\uFFFE', 'b']], header: false, line: null },
            { kind: 'list', ordered: true, items: ['一\x02项'], line: null },
          ],
        },
      ],
    }
    expect(printableReport(dirty)).toEqual({
      meta: { ...emptyMeta, title: '报告', issuers: ['清江镇人民政府'] },
      preamble: [{ kind: 'paragraph', runs: [{ text: '导语', bold: true }], line: null }],
      parts: [
        {
          id: 'measures',
          heading: '举措',
          line: null,
          blocks: [
            { kind: 'table', rows: [['a', 'b']], header: false, line: null },
            { kind: 'list', ordered: true, items: ['一项'], line: null },
          ],
        },
      ],
    })
  })
})
