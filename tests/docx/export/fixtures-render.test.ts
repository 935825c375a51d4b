// The three real reports, each in both versions, exported and rendered by LibreOffice as a clerk on UOS/Kylin
// would print them; the PDF is measured with pdftotext: 22 lines on every full body page, 28 characters on a
// full line, "— N —" on the outer side 7 mm under the 版心, the 版记 on the bottom of the last page.
// Page images go to tests/.artifacts/docx/ for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { escapeRegExp } from '../../../renderer/core/term-matcher'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { titleLines } from '../../../renderer/docx/export/title-lines'
import { STRETCH_TRACKING_PT } from '../../../renderer/docx/layout/paragraph-lines'
import { fixtureNames, fixtureReport } from '../helpers/fixture-reports'
import { retrackedTexts } from '../helpers/retracked-texts'
import { type PdfLine, type PdfPage, type RenderedPdf, renderPdf, renderPngs } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx')
const pt = (twips: number): number => twips / 20
const TOP = pt(2098)
const BOTTOM = pt(16838 - 1984)
const LEFT = pt(1587)
const RIGHT = pt(11906 - 1474)
const MM = 72 / 25.4
/** A line that opens with a heading number: 一、 （一） 1. （1）. */
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．])/u
const FULL_WIDTH = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2018-\u201d]/u

/** Text rows inside the 版心: pdftotext lines whose middles are within 4 pt are one row (table cells). */
function bodyRows(page: PdfPage): PdfLine[][] {
  const inside = page.lines
    .filter((l) => l.yMin >= TOP - 3 && l.yMax <= BOTTOM + 3)
    .sort((a, b) => a.yMin - b.yMin)
  const rows: PdfLine[][] = []
  for (const line of inside) {
    const mid = (line.yMin + line.yMax) / 2
    const last = rows.at(-1)
    if (last !== undefined && Math.abs((last[0]!.yMin + last[0]!.yMax) / 2 - mid) < 4) last.push(line)
    else rows.push([line])
  }
  return rows
}

function pageNumber(page: PdfPage): { n: number; line: PdfLine } | null {
  for (const line of page.lines.filter((l) => l.yMin > BOTTOM)) {
    const match = /^—\s*(\d+)\s*—$/u.exec(line.text.trim())
    if (match !== null) return { n: Number(match[1]), line }
  }
  return null
}

const cases = fixtureNames.flatMap((name) =>
  (['upward', 'public'] as const).map((version) => ({ name, version })),
)

describe.each(cases)('$name ($version) rendered by LibreOffice', ({ name, version }) => {
  let rendered: RenderedPdf

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const docx = join(OUT, `${name}-${version}.docx`)
    writeFileSync(docx, await exportDocx(fixtureReport(name), { version }))
    rendered = renderPdf(docx, OUT)
    renderPngs(rendered.pdf)
  })

  it('fills every page between the first and the last with exactly 22 lines', () => {
    const pages = rendered.pages
    expect(pages.length).toBeGreaterThanOrEqual(3)
    const firstIssuer = fixtureReport(name).meta.issuers[0]!
    const text = (row: PdfLine[] | undefined): string =>
      row
        ?.map((line) => line.text)
        .join('')
        .replace(/\s/gu, '') ?? ''
    pages.slice(1, -1).forEach((page, index) => {
      const next = bodyRows(pages[index + 2]!)
      // Short pages: the blank line above the 署名 (§7.3.5, 正文下空一行) takes a slot on the page that holds it; and
      // a heading, or the last paragraph with the 署名, kept with its text goes over to the next page whole.
      const holdsIssuer = bodyRows(page).some((row) => text(row) === firstIssuer)
      const keptOver = HEADING.test(text(next[0])) || next.some((row) => text(row) === firstIssuer)
      if (!keptOver) expect(bodyRows(page).length, `page ${String(index + 2)}`).toBe(holdsIssuer ? 21 : 22)
      else expect(bodyRows(page).length, `page ${String(index + 2)}`).toBeLessThanOrEqual(22)
    })
    // the kept text never leaves most of the body pages short
    const full = pages.slice(1, -1).filter((page) => bodyRows(page).length === 22).length
    expect(full).toBeGreaterThanOrEqual(Math.ceil((pages.length - 2) / 2))
  })

  it('sets 28 characters on a full body line', () => {
    // A full line: one text line from margin to margin, all full-width, and not cut short because the next word
    // went to the next line and the line was justified instead: digits such as 2023, which never split, or a
    // character with a closing mark and the digits after it (职，2023年: LibreOffice breaks before 职, not after ，).
    // Nor a line that holds a space (民法典相伴 法治进乡村), which pdftotext drops.
    const source = JSON.stringify(fixtureReport(name))
    const spaced = (line: string): boolean =>
      new RegExp([...line].map(escapeRegExp).join(' *'), 'u').exec(source)?.[0].includes(' ') ?? false
    const rows = rendered.pages
      .flatMap(bodyRows)
      .filter((row) => row.length === 1)
      .map((row) => row[0]!)
    const full = rows
      .filter((l) => Math.abs(l.xMin - LEFT) <= 6 && l.xMax >= RIGHT - 12 && l.yMax - l.yMin < 22)
      .filter((l, i, all) => {
        const next = rows[rows.indexOf(l) + 1]?.text.trim() ?? ''
        return FULL_WIDTH.test(next[0] ?? '') && !/^.[、。，）][\dA-Za-z]/u.test(next) && i === all.indexOf(l)
      })
      // nothing hangs past the margin (the export turns LibreOffice's hanging punctuation off): every mark counts
      .map((l) => [...l.text.replace(/\s/gu, '')])
      .filter((chars) => chars.every((c) => FULL_WIDTH.test(c)) && !spaced(chars.join('')))
    expect(full.length).toBeGreaterThan(10)
    // a paragraph the page fill stretched (page-fill.ts) sets 26 a line, 25 where 避头尾 moved a character on
    const stretched = retrackedTexts(fixtureReport(name), version, STRETCH_TRACKING_PT)
    const inStretched = (chars: readonly string[]): boolean =>
      stretched.some((text) => text.includes(chars.join('')))
    const counts = full.filter((chars) => !inStretched(chars)).map((chars) => chars.length)
    // never more than 28 inside the 版心; 27 only where 避头尾 (kinsoku) moved a character to the next line
    expect(Math.max(...counts)).toBe(28)
    expect(counts.filter((n) => n !== 28 && n !== 27)).toEqual([])
    const stretchedCounts = full.filter(inStretched).map((chars) => chars.length)
    expect(stretchedCounts.filter((n) => n !== 26 && n !== 25)).toEqual([])
    expect(stretchedCounts.length).toBeLessThan(counts.length)
    expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.85)
  })

  it('numbers every page "— N —", odd pages right and even pages left, 1 字 in and 7 mm under the 版心', () => {
    rendered.pages.forEach((page, index) => {
      const number = pageNumber(page)
      expect(number?.n, `page ${String(index + 1)}`).toBe(index + 1)
      const { line } = number!
      if ((index + 1) % 2 === 1) expect(RIGHT - line.xMax).toBeGreaterThan(7)
      if ((index + 1) % 2 === 1) expect(RIGHT - line.xMax).toBeLessThan(21)
      if ((index + 1) % 2 === 0) expect(line.xMin - LEFT).toBeGreaterThan(7)
      if ((index + 1) % 2 === 0) expect(line.xMin - LEFT).toBeLessThan(21)
      const dashHeight = (line.yMin + line.yMax) / 2
      expect(dashHeight - BOTTOM).toBeGreaterThan(5 * MM)
      expect(dashHeight - BOTTOM).toBeLessThan(10 * MM)
    })
  })

  it('sets the title centred on the first page, each planned line on one printed line', () => {
    const planned = titleLines(fixtureReport(name).meta.title!).map((line) => line.replace(/\s/gu, ''))
    const printed = rendered.pages[0]!.lines.filter((l) => l.yMax - l.yMin > 22 && l.yMax - l.yMin < 30)
    expect(printed.map((l) => l.text.replace(/\s/gu, ''))).toEqual(planned)
    for (const line of printed)
      expect(Math.abs((line.xMin + line.xMax) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(3)
  })

  it('puts the 版记 at the bottom of the last page, or has none when the report names no 印发机关', () => {
    const last = rendered.pages.at(-1)!
    const printed = last.lines.find((l) => /日印发$/u.test(l.text))
    if (fixtureReport(name).meta.printedBy === null) {
      expect(rendered.pages.some((page) => page.lines.some((l) => /日印发$/u.test(l.text)))).toBe(false)
      return
    }
    expect(printed).toBeDefined()
    expect(BOTTOM - printed!.yMax).toBeLessThan(6)
    expect(BOTTOM - printed!.yMax).toBeGreaterThanOrEqual(-1)
  })
})
