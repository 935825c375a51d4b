// Text rows of a page of the print preview's layout model, as pdf-rows.ts reads them from a rendered PDF: lines
// at the same height are one row (table cells, a 文号 and its 签发人), whitespace removed.
import type { PrintLine, PrintPage } from '../../../renderer/docx/layout/print-layout'

export const lineText = (line: PrintLine): string =>
  line.spans
    .map((span) => span.text)
    .join('')
    .replace(/\s/gu, '')

export const textLines = (page: PrintPage): PrintLine[] =>
  page.items.filter((item): item is PrintLine => item.kind === 'line' && lineText(item) !== '')

export function modelRows(page: PrintPage): string[] {
  const rows = new Map<number, string>()
  for (const line of textLines(page))
    rows.set(Math.round(line.top), (rows.get(Math.round(line.top)) ?? '') + lineText(line))
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, text]) => text)
}

/** Rows per page and how each page starts, as one line to compare the preview's pages with a PDF's. */
export function pageShape(pages: readonly (readonly string[])[]): string {
  return pages.map((rows) => `${String(rows.length)}:${rows[0]?.slice(0, 8) ?? ''}`).join(' | ')
}
