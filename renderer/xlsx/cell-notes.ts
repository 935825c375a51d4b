// A sheet's notes (Excel's 批注): the comments part holds their text, a legacy VML drawing holds the yellow
// boxes Excel shows them in. Excel shows no note without its box, so both are written, as Excel itself does.
import { escapeXml } from '../core/xml-safe-text'
import { cellReference, type Sheet } from './sheet'

export interface CellNote {
  readonly row: number
  readonly column: number
  readonly text: string
}

export function sheetNotes(sheet: Sheet): CellNote[] {
  const notes: CellNote[] = []
  sheet.rows.forEach((row, rowIndex) => {
    row.cells.forEach((cell, columnIndex) => {
      if (cell?.note !== undefined && cell.note !== '')
        notes.push({ row: rowIndex + 1, column: columnIndex + 1, text: cell.note })
    })
  })
  return notes
}

/** xl/commentsN.xml. */
export function commentsXml(notes: readonly CellNote[], author: string): string {
  const comments = notes.map(
    (note) =>
      `<comment ref="${cellReference(note.row, note.column)}" authorId="0">` +
      `<text><r><t>${escapeXml(note.text)}</t></r></text></comment>`,
  )
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<authors><author>${escapeXml(author)}</author></authors>` +
    `<commentList>${comments.join('')}</commentList></comments>`
  )
}

/** The hidden box of one note, beside its cell (the Anchor counts columns and rows from 0). */
function noteShape(note: CellNote, index: number): string {
  const row = note.row - 1
  const column = note.column - 1
  const anchor = [column + 1, 15, Math.max(0, row - 1), 10, column + 3, 15, row + 3, 4].join(', ')
  return (
    `<v:shape id="_x0000_s${String(1025 + index)}" type="#_x0000_t202" ` +
    'style="position:absolute;margin-left:60pt;margin-top:2pt;width:144pt;height:60pt;z-index:1;visibility:hidden" ' +
    'fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${String(row)}</x:Row><x:Column>${String(column)}</x:Column></x:ClientData>` +
    '</v:shape>'
  )
}

/** xl/drawings/vmlDrawingN.vml; `sheetNumber` keeps the shapes' ids apart between sheets. */
export function notesDrawingVml(notes: readonly CellNote[], sheetNumber: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${String(sheetNumber)}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    notes.map((note, index) => noteShape(note, (sheetNumber - 1) * 1024 + index)).join('') +
    '</xml>'
  )
}
