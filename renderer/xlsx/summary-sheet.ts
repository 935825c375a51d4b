// Sheet 汇总 of the review workbook: the review table (review-table.ts) — two header rows (column groups merged
// over their columns, then labels), one row per report, cells filled by tone, details as cell notes, a cell over
// several columns (why a file could not be read) merged over them.
import { columnGroupLabels, type ReviewColumn, type ReviewTable } from '../core/review/review-table'
import type { CellRange, CellStyle, Sheet, SheetCell, SheetRow } from './sheet'
import { toneColors } from './tone-colors'

const HEADER: CellStyle = {
  bold: true,
  fill: 'FFDDE3EA',
  horizontal: 'center',
  vertical: 'center',
  wrap: true,
}
/** Points per line of 11 pt text, with the leading Excel gives it. */
const LINE_HEIGHT = 15

function columnWidth(column: ReviewColumn): number {
  return column.id === 'file' ? 30 : column.id === 'issuer' ? 28 : column.group === 'report' ? 12 : 9
}

/** Width in Excel's units (one digit): a Chinese character or full-width mark takes two. */
function textWidth(text: string): number {
  return [...text].reduce((width, char) => width + (/[\u2018-\u201D\u2E80-\uFFEF]/.test(char) ? 2 : 1), 0)
}

/** Row 1: each group's label over its columns (merged), every header cell filled; row 2: the columns' labels. */
function headerRows(table: ReviewTable, merges: CellRange[]): SheetRow[] {
  const groups: SheetCell[] = table.columns.map((column, index) => {
    const previous = table.columns[index - 1]
    return { value: previous?.group === column.group ? '' : columnGroupLabels[column.group], style: HEADER }
  })
  let start = 1
  table.columns.forEach((column, index) => {
    if (table.columns[index + 1]?.group === column.group) return
    if (index + 1 > start) merges.push({ firstRow: 1, firstColumn: start, lastRow: 1, lastColumn: index + 1 })
    start = index + 2
  })
  return [
    { cells: groups },
    { cells: table.columns.map((column) => ({ value: column.label, style: HEADER })), height: 48 },
  ]
}

export function summarySheet(name: string, table: ReviewTable): Sheet {
  const merges: CellRange[] = []
  const rows = headerRows(table, merges)
  table.rows.forEach((row, rowIndex) => {
    const rowNumber = rowIndex + 3
    let height: number | undefined
    const cells = row.cells.map((cell, columnIndex): SheetCell | null => {
      if (cell.span === 0) return null
      const column = table.columns[columnIndex]
      const colors = cell.tone === 'none' ? null : toneColors[cell.tone]
      if (cell.span > 1) {
        merges.push({
          firstRow: rowNumber,
          firstColumn: columnIndex + 1,
          lastRow: rowNumber,
          lastColumn: columnIndex + cell.span,
        })
        // Excel never fits a row's height to a merged cell's wrapped text: the row is given the lines it needs.
        const width = table.columns
          .slice(columnIndex, columnIndex + cell.span)
          .reduce((sum, spanned) => sum + columnWidth(spanned), 0)
        const lines = Math.ceil(textWidth(cell.text) / width)
        if (lines > 1) height = Math.max(height ?? 0, lines * LINE_HEIGHT)
      }
      return {
        // Years and counts as numbers, so the office can sum and filter them.
        value:
          (column?.id === 'reportYear' || column?.group === 'findings') && /^\d+$/.test(cell.text)
            ? Number(cell.text)
            : cell.text,
        style: {
          horizontal: columnIndex < 2 ? 'left' : 'center',
          vertical: 'center',
          wrap: cell.span > 1,
          ...(colors === null ? {} : { fill: colors.fill, color: colors.font }),
        },
        ...(cell.note !== null && cell.note !== '' ? { note: cell.note } : {}),
      }
    })
    rows.push({ cells, ...(height === undefined ? {} : { height }) })
  })
  return {
    name,
    columnWidths: table.columns.map(columnWidth),
    rows,
    merges,
    frozenRows: 2,
    frozenColumns: 1,
  }
}
