// Sheet 汇总 of the review workbook: the review table (review-table.ts) — two header rows (column groups merged
// over their columns, then labels), one row per report, cells filled by tone, details as cell notes, a cell over
// several columns (why a file could not be read) merged over them.
import type { Worksheet } from 'exceljs'
import { columnGroupLabels, type ReviewColumn, type ReviewTable } from '../core/review/review-table'
import { toneColors } from './tone-colors'

const HEADER_FILL = 'FFDDE3EA'
/** Points per line of 11 pt text, with the leading Excel gives it. */
const LINE_HEIGHT = 15

function columnWidth(column: ReviewColumn): number {
  return column.id === 'file' ? 30 : column.id === 'issuer' ? 28 : column.group === 'report' ? 12 : 9
}

/** Width in Excel's units (one digit): a Chinese character or full-width mark takes two. */
function textWidth(text: string): number {
  return [...text].reduce((width, char) => width + (/[\u2018-\u201D\u2E80-\uFFEF]/.test(char) ? 2 : 1), 0)
}

function writeHeader(sheet: Worksheet, table: ReviewTable): void {
  let start = 1
  table.columns.forEach((column, index) => {
    const next = table.columns[index + 1]
    if (next !== undefined && next.group === column.group) return
    const end = index + 1
    if (end > start) sheet.mergeCells(1, start, 1, end)
    sheet.getCell(1, start).value = columnGroupLabels[column.group]
    start = end + 1
  })
  sheet.getRow(2).values = table.columns.map((column) => column.label)
  for (const rowNumber of [1, 2]) {
    const row = sheet.getRow(rowNumber)
    row.font = { bold: true }
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    row.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }
    })
  }
  sheet.getRow(2).height = 48
}

export function writeSummarySheet(sheet: Worksheet, table: ReviewTable): void {
  writeHeader(sheet, table)
  table.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = columnWidth(column)
  })
  table.rows.forEach((row, rowIndex) => {
    const rowNumber = rowIndex + 3
    const excelRow = sheet.getRow(rowNumber)
    row.cells.forEach((cell, columnIndex) => {
      if (cell.span === 0) return
      const target = excelRow.getCell(columnIndex + 1)
      const column = table.columns[columnIndex]
      // Years and counts as numbers, so the office can sum and filter them.
      target.value =
        (column?.id === 'reportYear' || column?.group === 'findings') && /^\d+$/.test(cell.text)
          ? Number(cell.text)
          : cell.text
      target.alignment = {
        horizontal: columnIndex < 2 ? 'left' : 'center',
        vertical: 'middle',
        wrapText: cell.span > 1,
      }
      if (cell.tone !== 'none') {
        const colors = toneColors[cell.tone]
        target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colors.fill } }
        target.font = { color: { argb: colors.font } }
      }
      if (cell.note !== null && cell.note !== '') target.note = cell.note
      if (cell.span > 1) {
        sheet.mergeCells(rowNumber, columnIndex + 1, rowNumber, columnIndex + cell.span)
        // Excel never fits a row's height to a merged cell's wrapped text: the row is given the lines it needs.
        const width = table.columns
          .slice(columnIndex, columnIndex + cell.span)
          .reduce((sum, spanned) => sum + columnWidth(spanned), 0)
        const lines = Math.ceil(textWidth(cell.text) / width)
        if (lines > 1) excelRow.height = Math.max(excelRow.height ?? 0, lines * LINE_HEIGHT)
      }
    })
  })
}
