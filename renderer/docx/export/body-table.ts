// Tables in the body: explicit `w:gridCol` and cell widths in twips (WPS ignores auto widths and squeezes
// columns), fixed layout, 4号仿宋 with the header row in 黑体. Column widths follow the longest cell text.
// Written as XML text a row at a time (bodyTableXml): docx builds half a dozen components per cell and the whole
// table's tree before a byte is written, about 19 KB a cell, so a 5000 × 100 table ran out of memory. docx writes a
// table of two rows of placeholders once; each row is then that row's XML with the cells' text put in.
// In a working draft a cell holding a figure carried over from last year is written as runs, the figure highlighted.
import {
  AlignmentType,
  BorderStyle,
  type IContext,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx'
import { linePitch, siChar, textWidth as textAreaWidth, typeSize } from './gbt9704'
import { onPitch } from './line-spacing'
import { OfficialParagraph } from './official-paragraph'
import { holdsStale, type Run } from '../../core/report'
import type { OfficialFont, OfficialFonts } from './official-fonts'
import { officialRun, sharedRun, sharedRunXml } from './official-run'
import { textWidth } from '../../core/text-width'
import { escapeXml } from '../../core/xml-safe-text'
import { xmlableToString } from './xmlable-to-string'

const CELL_PADDING = 108
const MIN_COLUMN_CHARS = 2
const MAX_COLUMN_CHARS = 14

/** Column widths in twips summing to the 版心 width. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  // loops, not Math.max(...rows): a spread of thousands of rows overflows the stack
  let count = 1
  for (const row of rows) count = Math.max(count, row.length)
  const wants = Array.from({ length: count }, () => MIN_COLUMN_CHARS)
  for (const row of rows)
    for (let column = 0; column < count; column += 1) {
      const want = wants[column] ?? MIN_COLUMN_CHARS
      // a cell wider than the widest column counts as that: no need to measure all of a long text
      if (want < MAX_COLUMN_CHARS) wants[column] = Math.max(want, textWidth(row[column] ?? ''))
    }
  for (let column = 0; column < count; column += 1)
    wants[column] = Math.min(MAX_COLUMN_CHARS, wants[column] ?? MIN_COLUMN_CHARS)
  // Each column as wide as its widest text with the cell's margins, the room left shared in proportion: a width
  // shared out by characters alone left the widest text a twip short of its column, and LibreOffice then sets it
  // on one line or on two by where the column starts (flow-table.ts cannot know which).
  const natural = wants.map((want) => Math.ceil(want * siChar) + 2 * CELL_PADDING)
  const naturalTotal = natural.reduce((sum, width) => sum + width, 0)
  const total = wants.reduce((sum, want) => sum + want, 0)
  const widths =
    naturalTotal <= textAreaWidth
      ? natural.map((width) => width + Math.floor(((textAreaWidth - naturalTotal) * width) / naturalTotal))
      : wants.map((want) => Math.floor((textAreaWidth * want) / total))
  widths[count - 1] = textAreaWidth - widths.slice(0, -1).reduce((sum, width) => sum + width, 0)
  return widths
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
/** A table rule (4 eighths of a point) in twips. */
const RULE = 10
/**
 * Twips a cell's line takes in the table's first row and in the others: LibreOffice adds each row's bottom rule to
 * its height, and the first row's top rule too, so a one-line row comes to the 28.95 pt pitch, and a page ending in
 * table rows keeps its 22 lines, only when its line is the pitch less its rules.
 */
export const cellLinePitch = { first: linePitch - 2 * RULE, other: linePitch - RULE } as const

/** The header row is set in 黑体, the others in the body face. */
function cellFont(header: boolean, rowIndex: number, fonts: OfficialFonts): OfficialFont {
  return header && rowIndex === 0 ? fonts.heading1 : fonts.body
}

function bodyTable(
  rows: readonly (readonly string[])[],
  header: boolean,
  fonts: OfficialFonts,
  widths: readonly number[],
): Table {
  return new Table({
    width: { size: textAreaWidth, type: WidthType.DXA },
    columnWidths: [...widths],
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
          // as the preview paginates it (paginate.ts): a row goes over to the next page whole, never a line of it
          cantSplit: true,
          children: widths.map(
            (width, column) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
                children: [
                  new OfficialParagraph({
                    alignment: header && rowIndex === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                    spacing: onPitch(0, rowIndex === 0 ? cellLinePitch.first : cellLinePitch.other),
                    children: [
                      officialRun(row[column] ?? '', {
                        font: cellFont(header, rowIndex, fonts),
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

/** Stands for a cell's text in the placeholder table: docx writes it as it is (no character in it is escaped). */
const placeholder = (row: number, column: number): string => `fznb-cell-${String(row)}-${String(column)}`

/** One row of the placeholder table: the XML around the cells' text, `between[c]` after cell c. */
interface RowTemplate {
  readonly open: string
  readonly between: readonly string[]
}

function rowTemplate(
  xml: string,
  row: number,
  count: number,
  end: number,
): RowTemplate & { readonly end: number } {
  const start = xml.indexOf('<w:tr', end)
  const marks = Array.from({ length: count }, (_, column) => xml.indexOf(placeholder(row, column), start))
  if (start < 0 || marks.some((mark) => mark < 0))
    throw new Error('docx wrote a table row unlike the one expected')
  const close = xml.indexOf('</w:tr>', marks[count - 1]) + '</w:tr>'.length
  const between = marks.map((mark, column) =>
    xml.slice(mark + placeholder(row, column).length, column + 1 < count ? marks[column + 1] : close),
  )
  return { open: xml.slice(start, marks[0]), between, end: close }
}

const TEXT_END = '</w:t></w:r>'

/**
 * A cell's runs in place of its text: `before` ends with the opening of the template's run (`<w:r>` up to its
 * `<w:t>`), `after` starts with its closing; each run is written in that run's formatting, the stale ones highlighted.
 */
function markedCell(
  before: string,
  after: string,
  runs: readonly Run[],
  font: OfficialFont,
  context: IContext,
): string {
  const head = before.slice(before.lastIndexOf('<w:r>'))
  if (!head.startsWith('<w:r>') || !after.startsWith(TEXT_END))
    throw new Error('docx wrote a table cell unlike the one expected')
  const cell = runs
    .filter((run) => run.text !== '')
    .map((run) =>
      run.stale === true
        ? xmlableToString(
            sharedRunXml(sharedRun(run.text, { font, size: typeSize.si, highlight: 'yellow' }), context),
          )
        : `${head}${escapeXml(run.text)}${TEXT_END}`,
    )
    .join('')
  return before.slice(0, before.length - head.length) + cell + after.slice(TEXT_END.length)
}

/**
 * The table's XML, a row at a time: docx writes a table of the same widths with a first row (the header, if any) and
 * one other row of placeholders, and every row is its template with the text of its cells, escaped, put in. Given
 * `cellRuns` (a working draft), a cell holding a figure carried over from last year is written as its runs instead.
 */
export function* bodyTableXml(
  rows: readonly (readonly string[])[],
  header: boolean,
  fonts: OfficialFonts,
  context: IContext,
  keepNext = false,
  cellRuns?: readonly (readonly (readonly Run[])[])[],
): Generator<string> {
  const widths = columnWidths(rows)
  const count = widths.length
  const kinds = Math.min(2, rows.length)
  const placeholders = Array.from({ length: kinds }, (_, row) =>
    Array.from({ length: count }, (_, column) => placeholder(row, column)),
  )
  const prepared = bodyTable(placeholders, header, fonts, widths).prepForXml(context)
  if (prepared === undefined) throw new Error('docx wrote no table')
  // A table ending the 正文 keeps with the 署名 where it has to (signature-keep.ts): Word, WPS and LibreOffice keep
  // a table with the next paragraph when every paragraph in it does. keepNext is the first child a cell paragraph's
  // w:pPr may hold (it has no w:pStyle), so it goes right after the opening tag.
  const written = xmlableToString(prepared)
  const xml = keepNext ? written.replaceAll('<w:pPr>', '<w:pPr><w:keepNext/>') : written
  const templates: RowTemplate[] = []
  let end = 0
  for (let row = 0; row < kinds; row += 1) {
    const template = rowTemplate(xml, row, count, end)
    templates.push(template)
    end = template.end
  }
  yield xml.slice(0, xml.indexOf('<w:tr'))
  for (const [index, row] of rows.entries()) {
    const template = templates[index > 0 ? 1 : 0]
    if (template === undefined) throw new Error('no row template')
    let text = template.open
    for (let column = 0; column < count; column += 1) {
      const after = template.between[column] ?? ''
      const runs = cellRuns?.[index]?.[column]
      text =
        runs !== undefined && holdsStale(runs)
          ? markedCell(text, after, runs, cellFont(header, index, fonts), context)
          : text + escapeXml(row[column] ?? '') + after
    }
    yield text
  }
  yield xml.slice(end)
}
