// One Sheet → xl/worksheets/sheetN.xml: its frozen panes, column widths, rows, merged ranges, filter and print
// setup, in the element order the schema sets (CT_Worksheet). Texts go to the shared strings, styles to the
// workbook's cell formats; `notesRelation` is the relationship id of the sheet's notes drawing, if it has notes.
import type { CellStyles } from './cell-styles'
import type { SharedStrings } from './shared-strings'
import { cellReference, columnName, rangeReference, type Sheet, type SheetCell } from './sheet'

function paneXml(sheet: Sheet): string {
  const { frozenRows: rows, frozenColumns: columns } = sheet
  if (rows === 0 && columns === 0) return '<sheetView workbookViewId="0"/>'
  const active = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight'
  const split =
    (columns > 0 ? ` xSplit="${String(columns)}"` : '') + (rows > 0 ? ` ySplit="${String(rows)}"` : '')
  return (
    '<sheetView workbookViewId="0">' +
    `<pane${split} topLeftCell="${cellReference(rows + 1, columns + 1)}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}"/>` +
    '</sheetView>'
  )
}

function cellXml(
  row: number,
  column: number,
  cell: SheetCell,
  strings: SharedStrings,
  styles: CellStyles,
): string {
  const format = styles.formatOf(cell.style)
  const style = format === 0 ? '' : ` s="${String(format)}"`
  const reference = cellReference(row, column)
  if (typeof cell.value === 'number') return `<c r="${reference}"${style}><v>${String(cell.value)}</v></c>`
  if (cell.value === '') return `<c r="${reference}"${style}/>`
  return `<c r="${reference}"${style} t="s"><v>${String(strings.add(cell.value))}</v></c>`
}

export function worksheetXml(
  sheet: Sheet,
  strings: SharedStrings,
  styles: CellStyles,
  notesRelation: string | null,
): string {
  // a loop, not Math.max(...rows): a county's 问题清单 can run to more rows than a call takes arguments
  const width = sheet.rows.reduce(
    (widest, row) => Math.max(widest, row.cells.length),
    Math.max(1, sheet.columnWidths.length),
  )
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ',
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    // without fitToPage Excel ignores pageSetup's fitToWidth and prints at 100 %
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${cellReference(Math.max(1, sheet.rows.length), width)}"/>`,
    `<sheetViews>${paneXml(sheet)}</sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
  ]
  if (sheet.columnWidths.length > 0) {
    out.push('<cols>')
    sheet.columnWidths.forEach((columnWidth, index) => {
      const column = String(index + 1)
      out.push(`<col min="${column}" max="${column}" width="${String(columnWidth)}" customWidth="1"/>`)
    })
    out.push('</cols>')
  }
  out.push('<sheetData>')
  sheet.rows.forEach((row, rowIndex) => {
    const number = rowIndex + 1
    const height = row.height === undefined ? '' : ` ht="${String(row.height)}" customHeight="1"`
    out.push(`<row r="${String(number)}"${height}>`)
    row.cells.forEach((cell, columnIndex) => {
      if (cell !== null) out.push(cellXml(number, columnIndex + 1, cell, strings, styles))
    })
    out.push('</row>')
  })
  out.push('</sheetData>')
  if (sheet.autoFilter !== undefined) out.push(`<autoFilter ref="${rangeReference(sheet.autoFilter)}"/>`)
  if (sheet.merges.length > 0) {
    out.push(`<mergeCells count="${String(sheet.merges.length)}">`)
    for (const merge of sheet.merges) out.push(`<mergeCell ref="${rangeReference(merge)}"/>`)
    out.push('</mergeCells>')
  }
  out.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    // 9 is A4 (210 × 297 mm) in SpreadsheetML's paper sizes; fitToHeight 0: as many pages down as the rows need
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
  )
  if (notesRelation !== null) out.push(`<legacyDrawing r:id="${notesRelation}"/>`)
  out.push('</worksheet>')
  return out.join('')
}

/** The rows printed at the top of every page, as the workbook's _xlnm.Print_Titles names them: '汇总'!$1:$2. */
export function printTitles(sheet: Sheet): string | null {
  if (sheet.frozenRows === 0) return null
  return `${quotedSheetName(sheet.name)}!$1:$${String(sheet.frozenRows)}`
}

/** The filtered range, as the workbook's _xlnm._FilterDatabase names it: '问题清单'!$A$1:$G$1. */
export function filterRange(sheet: Sheet): string | null {
  const range = sheet.autoFilter
  if (range === undefined) return null
  const corner = (row: number, column: number): string => `$${columnName(column)}$${String(row)}`
  return `${quotedSheetName(sheet.name)}!${corner(range.firstRow, range.firstColumn)}:${corner(range.lastRow, range.lastColumn)}`
}

function quotedSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`
}
