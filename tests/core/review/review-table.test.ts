// The summary → table of coloured cells (review-table.ts), the flat findings list, and the HTML renderers
// built on them: what each cell says and which colour it is.
import { describe, expect, it } from 'vitest'
import { defaultTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import type { Report } from '../../../renderer/core/report'
import { formatConformance } from '../../../renderer/core/review/format-conformance'
import { reviewFindings } from '../../../renderer/core/review/review-findings'
import { reviewPageHtml } from '../../../renderer/core/review/review-page-html'
import { reviewRow, unreadableRow } from '../../../renderer/core/review/review-row'
import { reviewSummary } from '../../../renderer/core/review/review-summary'
import { reviewTable } from '../../../renderer/core/review/review-table'
import { reviewTableHtml } from '../../../renderer/core/review/review-table-html'
import { appError } from '../../../renderer/core/result'
import { fixtureReport } from '../../docx/helpers/fixture-reports'

const template = defaultTemplate()
const row = (file: string, report: Report, format: ReturnType<typeof formatConformance> | null = null) =>
  reviewRow({
    file,
    kind: format === null ? 'text' : 'docx',
    report,
    check: checkReport(report, template),
    format,
  })

const format = formatConformance([
  { id: 'page-size', status: 'pass', message: 'A4 纵向' },
  { id: 'page-margins', status: 'fail', message: '页边距不符：上 20 毫米（应为 37）' },
  { id: 'doc-number', status: 'na', message: '版头没有发文字号' },
])

const summary = reviewSummary('县司法局/2024', template.id, [
  row('z/qingjiang.docx', fixtureReport('qingjiang-2023'), format),
  row('beiliu.txt', fixtureReport('beiliu-2023')),
  unreadableRow('<坏>.docx', 'docx', appError('not-a-docx', '“<坏>.docx”不是有效的 Word 文档'), null),
])
const table = reviewTable(summary, template)
const cellOf = (file: string, column: string) =>
  table.rows.find((r) => r.file === file)!.cells[table.columns.findIndex((c) => c.id === column)]

describe('reviewSummary', () => {
  it('sorts rows by path and counts', () => {
    expect(summary.rows.map((r) => r.file)).toEqual(['<坏>.docx', 'beiliu.txt', 'z/qingjiang.docx'])
    expect(summary.totals).toEqual({
      reports: 3,
      unreadable: 1,
      complete: 0,
      onTime: 1,
      late: 1,
      conforming: 0,
      formatChecked: 1,
      sendBack: 3,
    })
  })
})

describe('reviewTable', () => {
  it('has the report columns, one per part, one per item, the counts and one per layout check', () => {
    expect(table.columns.map((c) => c.id)).toEqual([
      'file',
      'issuer',
      'reportYear',
      'date',
      'deadline',
      'verdict',
      ...template.parts.map((p) => `part:${p.id}`),
      ...template.items.map((i) => `item:${i.id}`),
      'errors',
      'warnings',
      'format:page-size',
      'format:page-margins',
      'format:line-grid',
      'format:body-font',
      'format:body-size',
      'format:doc-number',
      'format:page-numbers',
      'format:imprint',
    ])
    expect(table.rows.every((r) => r.cells.length === table.columns.length)).toBe(true)
  })

  it.each([
    ['z/qingjiang.docx', 'deadline', '逾期', 'bad'],
    ['beiliu.txt', 'deadline', '按时', 'good'],
    ['z/qingjiang.docx', 'verdict', '退回', 'bad'],
    ['z/qingjiang.docx', 'part:measures', '有', 'good'],
    ['z/qingjiang.docx', 'part:court-judgments', '缺', 'bad'],
    ['z/qingjiang.docx', 'part:other', '无', 'none'],
    ['beiliu.txt', 'item:reconsideration', '缺', 'bad'],
    ['beiliu.txt', 'item:law-popularization', '无数据', 'warn'],
    ['z/qingjiang.docx', 'format:page-size', '合格', 'good'],
    ['z/qingjiang.docx', 'format:page-margins', '不合格', 'bad'],
    ['z/qingjiang.docx', 'format:doc-number', '无', 'none'],
    ['beiliu.txt', 'format:page-size', '不适用', 'none'],
    ['<坏>.docx', 'file', '<坏>.docx', 'bad'],
    ['<坏>.docx', 'part:measures', '—', 'none'],
  ])('%s / %s → %s (%s)', (file, column, text, tone) => {
    expect(cellOf(file, column)).toMatchObject({ text, tone })
  })

  it('carries the detail as a note', () => {
    expect(cellOf('z/qingjiang.docx', 'format:page-margins')?.note).toBe('页边距不符：上 20 毫米（应为 37）')
    expect(cellOf('<坏>.docx', 'verdict')?.note).toBe('无法读取')
  })

  it('says in the row why a file could not be read, in one cell over the columns it leaves blank', () => {
    expect(cellOf('<坏>.docx', 'issuer')).toEqual({
      text: '“<坏>.docx”不是有效的 Word 文档',
      tone: 'bad',
      note: null,
      span: 4,
    })
    expect(['reportYear', 'date', 'deadline'].map((column) => cellOf('<坏>.docx', column)?.span)).toEqual([
      0, 0, 0,
    ])
    expect(cellOf('beiliu.txt', 'issuer')?.span).toBe(1)
  })
})

describe('reviewFindings', () => {
  it('lists the unreadable file, the content findings and the failed layout checks', () => {
    const findings = reviewFindings(summary)
    expect(findings[0]).toEqual({
      file: '<坏>.docx',
      source: 'file',
      severity: 'error',
      rule: 'not-a-docx',
      ruleName: '无法读取',
      part: null,
      line: null,
      message: '“<坏>.docx”不是有效的 Word 文档',
    })
    expect(findings.filter((f) => f.source === 'format')).toEqual([
      {
        file: 'z/qingjiang.docx',
        source: 'format',
        severity: 'error',
        rule: 'format:page-margins',
        ruleName: '页边距',
        part: null,
        line: null,
        message: '页边距不符：上 20 毫米（应为 37）',
      },
    ])
    expect(findings.filter((f) => f.source === 'content').length).toBe(
      summary.rows.reduce((n, r) => n + r.findings.length, 0),
    )
  })
})

describe('HTML', () => {
  it('the table fragment classes every cell by tone and escapes file names', () => {
    const html = reviewTableHtml(table)
    expect(html).toContain(
      '<td class="tone-bad group-report" data-column="file" title="“&#60;坏&#62;.docx”不是有效的 Word 文档">&#60;坏&#62;.docx</td>',
    )
    expect(html).not.toContain('<坏>')
    expect(html.match(/<tr data-file=/g)).toHaveLength(3)
    expect(html).toContain('class="tone-good group-parts" data-column="part:measures" title="一、')
  })

  it('the table fragment shows why a file could not be read as the text of one cell over four columns', () => {
    const html = reviewTableHtml(table)
    expect(html).toContain(
      '<td class="tone-bad group-report" data-column="issuer" colspan="4">“&#60;坏&#62;.docx”不是有效的 Word 文档</td>',
    )
    const broken = html.slice(html.indexOf('<tr data-file="&#60;坏&#62;.docx">'))
    const cells = broken.slice(0, broken.indexOf('</tr>')).match(/<td /g)
    expect(cells).toHaveLength(table.columns.length - 3)
  })

  it('the page is self-contained: no script, no external reference, a CSP that forbids loading anything', () => {
    const page = reviewPageHtml(summary, template)
    expect(page).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/)
    expect(page).not.toMatch(/<script|<link|src=|https?:\/\//)
    expect(page).toContain('共 3 份：通过 0 份，退回 3 份（无法读取 1，内容不完整 2，版式不符 1）')
    expect(page).toContain('<section id="report-3"><h3>z/qingjiang.docx</h3>')
  })
})
