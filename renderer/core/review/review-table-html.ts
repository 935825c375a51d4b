// The review table as an HTML <table> string: two header rows (column groups, then labels) and one row
// per report, each cell classed by tone (tone-good / tone-bad / tone-warn) with its note as a tooltip, a cell
// over several columns as one <td colspan>.
// The review page embeds it; the app's 审阅模式 can render the same string or map ReviewTable itself.
import { escapeHtml } from './html-text'
import { columnGroupLabels, type ColumnGroup, type ReviewTable } from './review-table'

export interface ReviewTableHtmlOptions {
  /** href for a row's file cell (e.g. an anchor to its findings); none when omitted. */
  readonly fileHref?: (rowIndex: number) => string
}

function groupRow(table: ReviewTable): string {
  const spans: { group: ColumnGroup; span: number }[] = []
  for (const column of table.columns) {
    const last = spans.at(-1)
    if (last !== undefined && last.group === column.group) last.span += 1
    else spans.push({ group: column.group, span: 1 })
  }
  const cells = spans.map(
    ({ group, span }) =>
      `<th class="group group-${group}" colspan="${String(span)}">${escapeHtml(columnGroupLabels[group])}</th>`,
  )
  return `<tr>${cells.join('')}</tr>`
}

export function reviewTableHtml(table: ReviewTable, options: ReviewTableHtmlOptions = {}): string {
  const labels = table.columns
    .map(
      (column) =>
        `<th class="label group-${column.group}" data-column="${escapeHtml(column.id)}">${escapeHtml(column.label)}</th>`,
    )
    .join('')
  const rows = table.rows.map((row, rowIndex) => {
    const cells = row.cells.map((cell, index) => {
      if (cell.span === 0) return ''
      const column = table.columns[index]
      const title = cell.note === null ? '' : ` title="${escapeHtml(cell.note)}"`
      const span = cell.span > 1 ? ` colspan="${String(cell.span)}"` : ''
      const text = escapeHtml(cell.text)
      const content =
        index === 0 && options.fileHref !== undefined
          ? `<a href="${escapeHtml(options.fileHref(rowIndex))}">${text}</a>`
          : text
      return `<td class="tone-${cell.tone} group-${column?.group ?? 'report'}" data-column="${escapeHtml(column?.id ?? '')}"${span}${title}>${content}</td>`
    })
    return `<tr data-file="${escapeHtml(row.file)}">${cells.join('')}</tr>`
  })
  // The columns named once, so the page's stylesheet can size them (table-layout: fixed reads <col> widths).
  const colgroup = table.columns
    .map((column) => `<col data-column="${escapeHtml(column.id)}" class="group-${column.group}">`)
    .join('')
  return `<table class="review-table"><colgroup>${colgroup}</colgroup><thead>${groupRow(table)}<tr>${labels}</tr></thead><tbody>${rows.join('')}</tbody></table>`
}
