// The review summary as a table of labelled, coloured cells: the one layout the HTML page, the .xlsx and
// the app's 审阅模式 all draw, so the three never disagree on what a cell says or which colour it is.
// Columns: the report (file, issuer, year, date, deadline, verdict), one per template part, one per
// required item, the finding counts (by rule name in their note), one per layout check.
import type { Finding } from '../check/finding'
import type { Template } from '../template-schema'
import { formatNotApplicable } from './format-applicability'
import { formatCheckIds, formatCheckLabels, type FormatStatus } from './format-conformance'
import type { ReviewRow, SendBackReason } from './review-row'
import { contentRuleName } from './review-rule-name'
import type { ReviewSummary } from './review-summary'

/** good: green; bad: red (the reviewer returns it); warn: yellow (worth a look); none: no colour. */
export type CellTone = 'good' | 'bad' | 'warn' | 'none'

export interface ReviewCell {
  readonly text: string
  readonly tone: CellTone
  /** The detail behind a short cell (a heading, a layout message, an error), or null. */
  readonly note: string | null
  /**
   * Columns the cell covers: 1 for most; more for one statement over several columns (why a file could not be
   * read, over the columns it leaves blank); 0 for a column that a cell to its left covers, drawn by no one.
   */
  readonly span: number
}

export type ColumnGroup = 'report' | 'parts' | 'items' | 'findings' | 'format'

export interface ReviewColumn {
  /** Stable key: `file`, `part:measures`, `item:litigation`, `format:page-size` … */
  readonly id: string
  readonly label: string
  readonly group: ColumnGroup
}

export interface ReviewTableRow {
  readonly file: string
  readonly cells: readonly ReviewCell[]
}

export interface ReviewTable {
  readonly columns: readonly ReviewColumn[]
  readonly rows: readonly ReviewTableRow[]
}

export const columnGroupLabels: Readonly<Record<ColumnGroup, string>> = {
  report: '报告',
  parts: '组成部分',
  items: '必备事项',
  findings: '问题',
  format: '版式（GB/T 9704）',
}

export const sendBackLabels: Readonly<Record<SendBackReason, string>> = {
  unreadable: '无法读取',
  incomplete: '内容不完整',
  format: '版式不符',
}

const empty: ReviewCell = { text: '—', tone: 'none', note: null, span: 1 }
const covered: ReviewCell = { text: '', tone: 'none', note: null, span: 0 }

function cell(text: string, tone: CellTone, note: string | null = null): ReviewCell {
  return { text, tone, note, span: 1 }
}

/** One cell over `span` columns: itself, then the columns it covers. */
function spanning(over: ReviewCell, span: number): ReviewCell[] {
  return [{ ...over, span }, ...Array.from({ length: span - 1 }, () => covered)]
}

function plain(text: string | null): ReviewCell {
  return text === null ? empty : cell(text, 'none')
}

function deadlineCell(row: ReviewRow): ReviewCell {
  const deadline = row.deadline
  if (deadline === null) return row.readable ? cell('年度不明', 'warn') : empty
  if (deadline.onTime === null) return cell('日期不明', 'warn', `应于 ${deadline.due} 前报送`)
  return deadline.onTime
    ? cell('按时', 'good', `截止 ${deadline.due}`)
    : cell('逾期', 'bad', `截止 ${deadline.due}，成文日期 ${row.date ?? ''}`)
}

function verdictCell(row: ReviewRow): ReviewCell {
  if (row.sendBack.length === 0) return cell('通过', 'good')
  const reasons = row.sendBack.map((reason) => sendBackLabels[reason]).join('、')
  return cell('退回', 'bad', reasons)
}

function partCell(row: ReviewRow, id: string, required: boolean): ReviewCell {
  const part = row.parts.find((candidate) => candidate.id === id)
  if (part === undefined) return empty
  if (part.status === 'present') return cell('有', 'good', part.heading)
  if (part.status === 'merged') return cell('并入', 'warn', '没有单独标题，内容写在其他部分中')
  return required ? cell('缺', 'bad') : cell('无', 'none')
}

function itemCell(row: ReviewRow, id: string): ReviewCell {
  const item = row.items.find((candidate) => candidate.id === id)
  if (item === undefined) return empty
  if (item.status === 'missing') return cell('缺', 'bad')
  return item.figures === false ? cell('无数据', 'warn', '写了这一事项，但没有给出数字') : cell('有', 'good')
}

const formatTone: Readonly<Record<FormatStatus, CellTone>> = { pass: 'good', fail: 'bad', na: 'none' }
const formatText: Readonly<Record<FormatStatus, string>> = { pass: '合格', fail: '不合格', na: '无' }

function formatCells(row: ReviewRow): ReviewCell[] {
  const notApplicable = formatNotApplicable(row)
  if (notApplicable !== null) return spanning(cell('不适用', 'none', notApplicable), formatCheckIds.length)
  return formatCheckIds.map((id) => {
    const check = row.format?.checks.find((candidate) => candidate.id === id)
    return check === undefined
      ? empty
      : cell(formatText[check.status], formatTone[check.status], check.message)
  })
}

/** What a count is made of, by rule name in the check's order: 缺少组成部分 2 处；用语不规范 1 处. */
function countNote(findings: readonly Finding[]): string | null {
  const byRule = new Map<string, number>()
  for (const { rule } of findings) byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
  const parts = [...byRule].map(([rule, count]) => `${contentRuleName(rule)} ${String(count)} 处`)
  return parts.length === 0 ? null : parts.join('；')
}

function countCell(row: ReviewRow, severity: 'error' | 'warning'): ReviewCell {
  if (!row.readable) return empty
  const findings = row.findings.filter((finding) => finding.severity === severity)
  const count = findings.length
  return cell(
    String(count),
    count === 0 ? 'good' : severity === 'error' ? 'bad' : 'warn',
    countNote(findings),
  )
}

export function reviewTable(summary: ReviewSummary, template: Template): ReviewTable {
  const columns: ReviewColumn[] = [
    { id: 'file', label: '文件', group: 'report' },
    { id: 'issuer', label: '发文机关', group: 'report' },
    { id: 'reportYear', label: '年度', group: 'report' },
    { id: 'date', label: '成文日期', group: 'report' },
    { id: 'deadline', label: '3月1日前报送', group: 'report' },
    { id: 'verdict', label: '审阅结论', group: 'report' },
    ...template.parts.map((part): ReviewColumn => ({
      id: `part:${part.id}`,
      label: part.name,
      group: 'parts',
    })),
    ...template.items.map((item): ReviewColumn => ({
      id: `item:${item.id}`,
      label: item.name,
      group: 'items',
    })),
    { id: 'errors', label: '错误', group: 'findings' },
    { id: 'warnings', label: '警告', group: 'findings' },
    ...formatCheckIds.map((id): ReviewColumn => ({
      id: `format:${id}`,
      label: formatCheckLabels[id],
      group: 'format',
    })),
  ]
  const rows = summary.rows.map((row): ReviewTableRow => {
    const about = [
      plain(row.issuer),
      plain(row.reportYear === null ? null : String(row.reportYear)),
      plain(row.date),
      deadlineCell(row),
    ]
    const cells: ReviewCell[] = [
      row.readable ? cell(row.file, 'none') : cell(row.file, 'bad', row.error?.message ?? null),
      // An unreadable file has no issuer, year nor date: why it could not be read stands in their place, where
      // the reviewer reads it without hovering.
      ...(row.readable
        ? about
        : spanning(cell(row.error?.message ?? sendBackLabels.unreadable, 'bad'), about.length)),
      verdictCell(row),
      ...template.parts.map((part) => partCell(row, part.id, part.required)),
      ...template.items.map((item) => itemCell(row, item.id)),
      countCell(row, 'error'),
      countCell(row, 'warning'),
      ...formatCells(row),
    ]
    return { file: row.file, cells }
  })
  return { columns, rows }
}
