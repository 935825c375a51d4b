// A worksheet as the review workbook needs one: rows of cells with a few styles (bold, fill, font colour,
// alignment), notes, merged ranges, column widths, frozen header rows and how it prints. The .xlsx written from it
// (workbook-package.ts) holds exactly this and nothing more, so every part of it is plain ECMA-376 SpreadsheetML.

/** How a cell looks. Colours are ARGB hex ('FFC6EFCE'), as SpreadsheetML writes them. */
export interface CellStyle {
  readonly bold?: boolean
  readonly fill?: string
  readonly color?: string
  readonly horizontal?: 'left' | 'center'
  readonly vertical?: 'center'
  readonly wrap?: boolean
}

export interface SheetCell {
  readonly value: string | number
  readonly style?: CellStyle
  /** A note (Excel's 批注) shown when the pointer rests on the cell. */
  readonly note?: string
}

export interface SheetRow {
  /** The row's cells from column A on; null leaves a column empty. */
  readonly cells: readonly (SheetCell | null)[]
  /** Height in points; without it Excel fits the row to its text. */
  readonly height?: number
}

/** A block of cells, 1-based and inclusive, as Excel numbers rows and columns. */
export interface CellRange {
  readonly firstRow: number
  readonly firstColumn: number
  readonly lastRow: number
  readonly lastColumn: number
}

export interface Sheet {
  readonly name: string
  /** Widths of columns A, B, … in Excel's unit, the width of one digit. */
  readonly columnWidths: readonly number[]
  /** Rows from row 1 on. */
  readonly rows: readonly SheetRow[]
  readonly merges: readonly CellRange[]
  /** Rows and columns that stay in view when scrolling, and rows printed again at the top of every page. */
  readonly frozenRows: number
  readonly frozenColumns: number
  readonly autoFilter?: CellRange
}

/** Column 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = ''
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name
  return name
}

export function cellReference(row: number, column: number): string {
  return `${columnName(column)}${String(row)}`
}

export function rangeReference(range: CellRange): string {
  return `${cellReference(range.firstRow, range.firstColumn)}:${cellReference(range.lastRow, range.lastColumn)}`
}
