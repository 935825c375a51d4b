// Text rows of a rendered page inside the 版心, whoever rendered it (LibreOffice or Chromium): pdftotext lines
// whose middles lie within 4 pt of each other are one row (table cells, justified lines split into words).
// Rows are placed by their middles: Chromium's Type 3 fonts give glyph boxes far taller than the 28.95 pt line.
import { spawnSync } from 'node:child_process'
import { parseBbox, type PdfPage } from './render-pdf'
import { requireTool } from './require-tool'

/** The 版心 in PDF points: 37 mm from the top, 225 mm high. */
export const AREA_TOP = 2098 / 20
export const AREA_BOTTOM = (16838 - 1984) / 20

export function pdfRows(page: PdfPage): string[] {
  const middle = (l: PdfPage['lines'][number]): number => (l.yMin + l.yMax) / 2
  const inside = page.lines
    .filter((l) => middle(l) > AREA_TOP && middle(l) < AREA_BOTTOM)
    .sort((a, b) => middle(a) - middle(b))
  const rows: { mid: number; pieces: PdfPage['lines'][number][] }[] = []
  for (const line of inside) {
    const mid = middle(line)
    const last = rows.at(-1)
    if (last !== undefined && Math.abs(last.mid - mid) < 4) last.pieces.push(line)
    else rows.push({ mid, pieces: [line] })
  }
  // a row set in two faces (（五） in 楷体, the rest in 仿宋) comes back as pieces: read them left to right
  return rows.map((row) =>
    row.pieces
      .sort((a, b) => a.xMin - b.xMin)
      .map((piece) => piece.text)
      .join('')
      .replace(/\s/gu, ''),
  )
}

/** Pages of any PDF file, read with pdftotext -bbox-layout. */
export function readPdf(pdf: string): PdfPage[] {
  const bbox = spawnSync(requireTool('pdftotext'), ['-enc', 'UTF-8', '-bbox-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (bbox.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${bbox.stderr}`)
  return parseBbox(bbox.stdout)
}
