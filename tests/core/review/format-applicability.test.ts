// A plain text or .fznb has no layout to judge: its row says 不适用 over the layout columns, and the totals never
// read 0/0 when no Word document was in the folder.
import { describe, expect, it } from 'vitest'
import { formatTotalText } from '../../../renderer/core/review/format-applicability'
import { formatConformance } from '../../../renderer/core/review/format-conformance'
import { reviewPageHtml } from '../../../renderer/core/review/review-page-html'
import { unreadableRow } from '../../../renderer/core/review/review-row'
import { reviewSummary } from '../../../renderer/core/review/review-summary'
import { reviewTable } from '../../../renderer/core/review/review-table'
import { appError } from '../../../renderer/core/result'
import { syntheticSummary, template, textRow } from './synthetic-review'

const layout = formatConformance([{ id: 'page-size', status: 'pass', message: 'A4 纵向' }])

describe('the layout columns of a row', () => {
  const summary = reviewSummary('县司法局', template.id, [
    textRow('a.txt', '清江镇'),
    textRow('b.fznb', '北留镇', 'report'),
    textRow('c.docx', '南湖乡', 'docx', layout),
    unreadableRow('d.txt', 'text', appError('empty-file', '文件“d.txt”是空的，没有可读取的内容。'), null),
  ])
  const table = reviewTable(summary, template)
  const first = table.columns.findIndex((column) => column.group === 'format')
  const formatCells = (file: string) => table.rows.find((row) => row.file === file)!.cells.slice(first)

  it.each([
    ['a.txt', '纯文本文件（.txt）没有版式'],
    ['b.fznb', '法治年报文件（.fznb）没有版式'],
  ])('%s: one cell 不适用 over all of them, saying why', (file, why) => {
    const [over, ...rest] = formatCells(file)
    expect(over).toMatchObject({ text: '不适用', tone: 'none', span: table.columns.length - first })
    expect(over?.note).toContain(why)
    expect(rest.every((cell) => cell.span === 0)).toBe(true)
  })

  it('a .docx keeps one cell per check, and an unreadable text no verdict on its layout', () => {
    expect(formatCells('c.docx')[0]).toMatchObject({ text: '合格', span: 1 })
    expect(formatCells('d.txt').map((cell) => cell.text)).not.toContain('不适用')
  })
})

describe('the totals', () => {
  it.each([
    [0, 0, 'Word 文档版式不适用（没有可检查版式的 Word 文档）'],
    [3, 6, 'Word 文档版式合格 3/6 份'],
    [0, 2, 'Word 文档版式合格 0/2 份'],
  ])('%i of %i conforming → %s', (conforming, formatChecked, text) => {
    const totals = { ...syntheticSummary().totals, conforming, formatChecked }
    expect(formatTotalText(totals)).toBe(text)
  })

  it('the web page of a folder without Word documents says 不适用, never 0/0', () => {
    const html = reviewPageHtml(syntheticSummary(), template)
    expect(html).toContain('Word 文档版式不适用（没有可检查版式的 Word 文档）')
    expect(html).not.toMatch(/\b0\/0\b/)
    expect(html).toContain('colspan="8" title="纯文本文件（.txt）没有版式')
  })
})
