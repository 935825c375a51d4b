// A body table in the text flow as body-table.ts writes it: 4号 cells between single rules, a one-line row on the line
// pitch with its rule, the
// header row repeated on every page the table runs on to; rows never split.
import { cellLinePitch, columnWidths } from '../export/body-table'
import { typeSize } from '../export/gbt9704'
import { type FlowLine, type FlowParagraph, lazyLine } from './flow-line'
import { formatBoxes, type ParagraphFormat, paragraphLines } from './paragraph-lines'
import { AREA_WIDTH, span } from './flow-metrics'
import type { PrintItem } from './print-layout'

const pt = (twips: number): number => twips / 20
const SI = typeSize.si
/**
 * A cell's line keeps no room free at its end, where a paragraph keeps 2.2 pt: LibreOffice sets text in a cell as wide
 * as the cell less its margins (measured on 4号 text across column widths twip by twip; a line one twip wider fits in
 * some columns and not in others, by where the column starts).
 */
const CELL_LINE_END_RESERVE = 0

/** A body table (body-table.ts): 4号 cells on the line pitch between single rules; rows never split. */
export function flowTable(rows: readonly (readonly string[])[], header: boolean): FlowParagraph {
  const widths = columnWidths(rows).map(pt)
  const padding = pt(108)
  const rule = 0.5
  const cellLine = (rowIndex: number): number =>
    pt(rowIndex === 0 ? cellLinePitch.first : cellLinePitch.other)
  const cellFormat = (rowIndex: number, left: number, width: number): ParagraphFormat => ({
    size: SI,
    tracking: 0,
    align: header && rowIndex === 0 ? 'center' : 'left',
    left: left + padding,
    width: width - 2 * padding,
    firstLine: 0,
    lineHeight: cellLine(rowIndex),
    lineEndReserve: CELL_LINE_END_RESERVE,
  })
  const lines: FlowLine[] = rows.map((row, rowIndex) => {
    const isHeader = header && rowIndex === 0
    // the height needs only each cell's line count; what the row draws is made if the preview asks for it, so a
    // table of 5000 rows paginated for the export holds no drawing
    let most = 1
    widths.forEach((width, column) => {
      const boxes = formatBoxes(
        [span(row[column] ?? '', isHeader ? 'heading1' : 'body')],
        cellFormat(rowIndex, 0, width),
      )
      most = Math.max(most, boxes.length)
    })
    // LibreOffice adds each row's bottom rule to its height, and the first row's top rule too: one-line rows are
    // 28.95 pt apart, and the text after a table sits off the grid by the top rule
    const top = rowIndex === 0 ? rule : 0
    const height = top + most * cellLine(rowIndex) + rule
    return lazyLine(height, () => {
      let left = 0
      const items: PrintItem[] = widths.flatMap((width, column) => {
        const cell = paragraphLines(
          [span(row[column] ?? '', isHeader ? 'heading1' : 'body')],
          cellFormat(rowIndex, left, width),
        )
        left += width
        return cell.flatMap((line, index) =>
          line.items.map((item) => ({ ...item, top: top + index * cellLine(rowIndex) })),
        )
      })
      if (top > 0)
        items.push({ kind: 'rule', top: 0, left: 0, width: AREA_WIDTH, thickness: rule, red: false })
      items.push({
        kind: 'rule',
        top: height - rule / 2,
        left: 0,
        width: AREA_WIDTH,
        thickness: rule,
        red: false,
      })
      let x = 0
      for (const width of [0, ...widths]) {
        x += width
        items.push({ kind: 'column-rule', top: 0, left: x, height, thickness: rule })
      }
      return items
    })
  })
  // the header row is printed again at the top of every page the table runs on to (w:tblHeader)
  return header ? { before: 0, lines, repeatFirstLine: true } : { before: 0, lines, ruleAtBreak: rule }
}
