// Pages no 调整字距 could fill print short; the advice names each (unfilled-pages.ts) with a change of the text that
// fills it (fill-advice.ts). Here: the pages named are the ones LibreOffice prints short of the 版心's foot or
// followed by a 版记 alone; every change, made as a clerk would make it (by the paragraph's opening words, typing
// or deleting before its closing 。), fills the pages it names; and LibreOffice then passes the checker's page
// rules on reports it failed before.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block, Report, ReportVersion } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import {
  adviceMessage,
  type FillAdvice,
  fillAdvice,
  type TextEdit,
} from '../../../renderer/docx/layout/fill-advice'
import { PITCH } from '../../../renderer/docx/layout/flow-metrics'
import { paginateReport } from '../../../renderer/docx/layout/layout-report'
import { unfilledPages } from '../../../renderer/docx/layout/unfilled-pages'
import { fixtureNames, fixtureReport } from '../helpers/fixture-reports'
import { failedRules, runCheckerOnRendered } from '../helpers/gbt9704-checker'
import { AREA_BOTTOM, AREA_TOP, pdfRows } from '../helpers/pdf-rows'
import { randomReport } from '../helpers/random-report'
import { type PdfPage, type RenderedPdf, renderPdfs } from '../helpers/render-pdf'
import { sentenceReport } from '../helpers/sentence-report'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/fill-advice')

/** The change made by hand: the first paragraph opening with the words named, typed into or cut before its end. */
function madeByHand(report: Report, edit: TextEdit): Report {
  const words = edit.opening.replace(/……$/u, '')
  let done = false
  const change = (block: Block): Block => {
    if (done || block.kind !== 'paragraph') return block
    const text = block.runs.map((run) => run.text).join('')
    if (!text.trim().startsWith(words)) return block
    done = true
    const closing = /[。；！？”）\s]*$/u.exec(text)?.[0] ?? ''
    const kept = [...text.slice(0, text.length - closing.length)]
    const body = edit.chars > 0 ? [...kept, ...'法'.repeat(edit.chars)] : kept.slice(0, edit.chars)
    return { ...block, runs: [{ text: `${body.join('')}${closing}` }] }
  }
  const edited = {
    ...report,
    preamble: report.preamble.map(change),
    parts: report.parts.map((part) => ({ ...part, blocks: part.blocks.map(change) })),
  }
  if (!done) throw new Error(`no paragraph opens with ${words}`)
  return edited
}

const madeAll = (report: Report, advice: readonly FillAdvice[]): Report =>
  advice.reduce((edited, { edit }) => (edit === null ? edited : madeByHand(edited, edit)), report)

const unfilledOf = (report: Report, version: ReportVersion) =>
  unfilledPages(paginateReport(report, { version }))

describe('the pages the advice names', () => {
  it('are none in the three fixtures, whose pages the fill leaves full', () => {
    for (const name of fixtureNames)
      for (const version of ['upward', 'public'] as const)
        expect(fillAdvice(fixtureReport(name), { version }), `${name} ${version}`).toEqual([])
  })

  it('are filled by every change it names, made by hand one after the other', () => {
    const cases = [
      ...Array.from({ length: 60 }, (_, index) => randomReport(index + 1)),
      ...Array.from({ length: 40 }, (_, index) => ({
        report: sentenceReport(index + 1, 250),
        version: 'upward' as const,
      })),
    ]
    let edits = 0
    for (const [index, { report, version }] of cases.entries()) {
      const advice = fillAdvice(report, { version })
      // advice opens on the first page short as the report stands
      expect(advice[0]?.unfilled, `case ${String(index)}`).toEqual(unfilledOf(report, version)[0])
      const withoutChange = advice.filter((item) => item.edit === null).length
      edits += advice.length - withoutChange
      // only the pages no change was found for may still print short
      expect(
        unfilledOf(madeAll(report, advice), version).length,
        `case ${String(index)}`,
      ).toBeLessThanOrEqual(withoutChange)
    }
    // the series is meant to meet pages no 调整字距 fills: it did
    expect(edits).toBeGreaterThanOrEqual(20)
  })

  it('names the first page short in the report as it stands, and later ones as they print once it is changed', () => {
    const report = sentenceReport(13, 250)
    const advice = fillAdvice(report)
    expect(advice.map((item) => item.unfilled)).toHaveLength(2)
    expect(advice[0]!.unfilled).toEqual(unfilledOf(report, 'upward')[0])
    expect(advice[0]!.afterEarlier).toBe(false)
    expect(advice[1]!.afterEarlier).toBe(true)
    expect(advice[1]!.unfilled).toEqual(unfilledOf(madeByHand(report, advice[0]!.edit!), 'upward')[0])
  })
})

describe('the advice within its time', () => {
  it('still names every page short, with no change, once the time for trying changes is spent', () => {
    const report = sentenceReport(13, 250)
    const advice = fillAdvice(report, {}, 0)
    expect(advice.map((item) => item.unfilled)).toEqual(unfilledOf(report, 'upward'))
    expect(advice.map((item) => item.edit)).toEqual([null, null])
    expect(fillAdvice(report).filter((item) => item.edit !== null)).toHaveLength(2)
  })
})

describe('the advice in words', () => {
  const page = { page: 2, empty: 3, imprintAlone: false }
  const edit = { opening: '加大对外普法宣传力度，充……', chars: 14 }

  it('names the page, its empty lines, the paragraph and the characters to add or cut', () => {
    expect(adviceMessage({ unfilled: page, edit, afterEarlier: false })).toBe(
      '第2页下方空了3行（公文除末页外每页应排满22行）：在“加大对外普法宣传力度，充……”一段增加约14字，即可排满。',
    )
    expect(adviceMessage({ unfilled: page, edit: { ...edit, chars: -8 }, afterEarlier: true })).toBe(
      '照前面的建议改过之后，第2页下方空了3行（公文除末页外每页应排满22行）：在“加大对外普法宣传力度，充……”一段删去约8字，即可排满。',
    )
  })

  it('says where the 版记 went on a page of its own, and what brings it back under the 署名', () => {
    const alone = { page: 4, empty: 1, imprintAlone: true }
    expect(adviceMessage({ unfilled: alone, edit: { ...edit, chars: -30 }, afterEarlier: false })).toBe(
      '版记排不下第4页，单独占了一页：在“加大对外普法宣传力度，充……”一段删去约30字，版记即可排在署名之下。',
    )
    expect(adviceMessage({ unfilled: alone, edit: null, afterEarlier: false })).toBe(
      '版记排不下第4页，单独占了一页，适当删减正文可使版记排在署名之下。',
    )
    expect(adviceMessage({ unfilled: page, edit: null, afterEarlier: false })).toBe(
      '第2页下方空了3行（公文除末页外每页应排满22行），适当增删附近段落的文字可使其排满。',
    )
  })
})

/**
 * Lines of the 版心 left empty under a page's last row of text, as LibreOffice prints it. With exact line spacing a
 * 3号 line's glyphs have their middle 0.65 of the pitch under the line's top, so its foot lies 0.35 of a pitch
 * under that middle; a tenth of a pitch either way covers the glyph boxes' rounding.
 */
function emptyLines(page: PdfPage): number {
  const middles = page.lines
    .map((line) => (line.yMin + line.yMax) / 2)
    .filter((middle) => middle > AREA_TOP && middle < AREA_BOTTOM)
  return Math.floor((AREA_BOTTOM - Math.max(...middles)) / PITCH - 0.35 + 0.1)
}

const isImprintOnly = (page: PdfPage): boolean =>
  pdfRows(page).every((row) => row.startsWith('抄送') || row.includes('印发'))

describe('in LibreOffice', () => {
  // short reports of real sentences whose middle page, or whose 版记, the fill could not place, and one fixture
  const cases = [
    { name: 'two-pages-short', report: sentenceReport(13, 250) },
    { name: 'middle-short', report: sentenceReport(17, 250) },
    { name: 'imprint-alone', report: sentenceReport(18, 350) },
    { name: 'beiliu', report: fixtureReport('beiliu-2023') },
  ]
  const files: string[] = []
  let rendered: RenderedPdf[] = []

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    for (const { name, report } of cases) {
      const file = join(OUT, `${name}.docx`)
      writeFileSync(file, await exportDocx(report, { version: 'upward' }))
      files.push(file)
      const changed = join(OUT, `${name}-changed.docx`)
      writeFileSync(changed, await exportDocx(madeAll(report, fillAdvice(report)), { version: 'upward' }))
      files.push(changed)
    }
    rendered = renderPdfs(files, join(OUT, 'pdf'))
  }, 300_000)

  it('names the pages printed with empty lines at the foot, or followed by the 版记 alone, and no other', () => {
    cases.forEach(({ name, report }, index) => {
      const pages = rendered[2 * index]!.pages
      const imprintAlone = isImprintOnly(pages.at(-1)!)
      const textPages = imprintAlone ? pages.length - 1 : pages.length
      const printed = pages.slice(0, textPages).flatMap((page, number) => {
        const empty = emptyLines(page)
        const last = number === textPages - 1
        if (last ? !imprintAlone : empty === 0) return []
        return [{ page: number + 1, empty, imprintAlone: last }]
      })
      expect(unfilledOf(report, 'upward'), name).toEqual(printed)
    })
  })

  it('passes the checker’s page rules once the changes are made, where the middle page failed them before', () => {
    // before: the one middle page of the three short of 22 rows, the checker's render-lines-per-page
    const middleRows = (pdf: RenderedPdf): number => pdfRows(pdf.pages[1]!).length
    expect(rendered[2]!.pages).toHaveLength(3)
    expect(middleRows(rendered[2]!)).toBeLessThan(22)
    expect(rendered[0]!.pages).toHaveLength(3)
    expect(middleRows(rendered[0]!)).toBeLessThan(22)
    const [middleShort, twoPagesShort] = runCheckerOnRendered(
      [files[3]!, files[1]!],
      [rendered[3]!, rendered[1]!],
      true,
    )
    expect(failedRules(middleShort!, 'middle-short changed')).toEqual([])
    expect(failedRules(twoPagesShort!, 'two-pages-short changed')).toEqual([])
  })

  it('brings the 版记 back under the 署名 once the change is made', () => {
    expect(isImprintOnly(rendered[4]!.pages.at(-1)!)).toBe(true)
    expect(isImprintOnly(rendered[5]!.pages.at(-1)!)).toBe(false)
    expect(pdfRows(rendered[5]!.pages.at(-1)!).some((row) => row.startsWith('抄送'))).toBe(true)
  })
})
