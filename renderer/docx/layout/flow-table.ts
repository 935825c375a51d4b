// A body table in the text flow as body-table.ts writes it: 4号 cells on the line pitch between single rules, the
// header row repeated on every page the table runs on to; rows never split.
import { columnWidths } from '../export/body-table'
import { typeSize } from '../export/gbt9704'
import { type FlowLine, type FlowParagraph, lazyLine } from './flow-line'
import { breakLines } from './break-lines'
import { type ParagraphFormat, paragraphLines } from './paragraph-lines'
import { AREA_WIDTH, PITCH, span } from './flow-metrics'
import type { PrintItem } from './print-layout'

const pt = (twips: number): number => twips / 20
const SI = typeSize.si

/** A body table (body-table.ts): 4号 cells on the line pitch between single rules; rows never split. */
export function flowTable(rows: readonly (readonly string[])[], header: boolean): FlowParagraph {
  const widths = columnWidths(rows).map(pt)
  const padding = pt(108)
  const rule = 0.5
  const cellFormat = (isHeader: boolean, left: number, width: number): ParagraphFormat => ({
    size: SI,
    tracking: 0,
    align: isHeader ? 'center' : 'left',
    left: left + padding,
    width: width - 2 * padding,
    firstLine: 0,
    lineHeight: PITCH,
  })
  const lines: FlowLine[] = rows.map((row, rowIndex) => {
    const isHeader = header && rowIndex === 0
    // the height needs only each cell's line count; what the row draws is made if the preview asks for it, so a
    // table of 5000 rows paginated for the export holds no drawing
    let most = 1
    widths.forEach((width, column) => {
      const format = cellFormat(isHeader, 0, width)
      const boxes = breakLines(row[column] ?? '', {
        size: format.size,
        tracking: format.tracking,
        firstWidth: format.width,
        width: format.width,
      })
      most = Math.max(most, boxes.length)
    })
    // LibreOffice adds each row's bottom rule to its height, and the first row's top rule too: rows are 29.45 pt
    // apart, not 28.95, and the text after a table sits off the grid by as much
    const top = rowIndex === 0 ? rule : 0
    const height = top + most * PITCH + rule
    return lazyLine(height, () => {
      let left = 0
      const items: PrintItem[] = widths.flatMap((width, column) => {
        const cell = paragraphLines(
          [span(row[column] ?? '', isHeader ? 'heading1' : 'body')],
          cellFormat(isHeader, left, width),
        )
        left += width
        return cell.flatMap((line, index) =>
          line.items.map((item) => ({ ...item, top: top + index * PITCH })),
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
  return { before: 0, lines, repeatFirstLine: header }
}
