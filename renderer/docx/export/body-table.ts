// Tables in the body: explicit `w:gridCol` and cell widths in twips (WPS ignores auto widths and squeezes
// columns), fixed layout, 4号仿宋 with the header row in 黑体. Column widths follow the longest cell text.
import { AlignmentType, BorderStyle, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'
import { textWidth as textAreaWidth, typeSize } from './gbt9704'
import { onPitch } from './line-spacing'
import type { OfficialFonts } from './official-fonts'
import { OfficialParagraph } from './official-paragraph'
import { officialRun } from './official-run'
import { textWidth } from './text-width'

const CELL_PADDING = 108
const MIN_COLUMN_CHARS = 2
const MAX_COLUMN_CHARS = 14

/** Column widths in twips summing to the 版心 width. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const count = Math.max(1, ...rows.map((row) => row.length))
  const wants = Array.from({ length: count }, (_, column) =>
    Math.min(
      MAX_COLUMN_CHARS,
      Math.max(MIN_COLUMN_CHARS, ...rows.map((row) => textWidth(row[column] ?? ''))),
    ),
  )
  const total = wants.reduce((sum, want) => sum + want, 0)
  const widths = wants.map((want) => Math.floor((textAreaWidth * want) / total))
  widths[count - 1] = textAreaWidth - widths.slice(0, -1).reduce((sum, width) => sum + width, 0)
  return widths
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const

export function bodyTable(
  rows: readonly (readonly string[])[],
  header: boolean,
  fonts: OfficialFonts,
): Table {
  const widths = columnWidths(rows)
  return new Table({
    width: { size: textAreaWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: rows.map(
      (row, rowIndex) =>
        new TableRow({
          tableHeader: header && rowIndex === 0,
          children: widths.map(
            (width, column) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
                children: [
                  new OfficialParagraph({
                    alignment: header && rowIndex === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                    spacing: onPitch(0),
                    children: [
                      officialRun(row[column] ?? '', {
                        font: header && rowIndex === 0 ? fonts.heading1 : fonts.body,
                        size: typeSize.si,
                      }),
                    ],
                  }),
                ],
              }),
          ),
        }),
    ),
  })
}
