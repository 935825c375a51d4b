// Line breaks of paragraphs that change face inside a line: a run-in heading sentence in 黑体 or 楷体 before the 正文's
// 仿宋, a bold phrase in the text. LibreOffice sets each run of one format as a portion of its own, whose last
// character carries no tracking, so set tight a run-in item's first line holds a character fewer than plain text.
// Paragraphs are put together at random, exported at the 正文's tracking and at the loose, stretched and tight ones,
// rendered by LibreOffice and read back; the preview breaks each from the runs the .docx holds and must take as many
// lines, broken at the same places (no figures here, whose widths LibreOffice rounds).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Block, emptyMeta, type Report, type Run } from '../../../renderer/core/report'
import {
  bodyTracking,
  looseTracking,
  stretchTracking,
  tightTracking,
} from '../../../renderer/docx/export/gbt9704'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { BODY_FORMAT } from '../../../renderer/docx/layout/flow-metrics'
import { formatBoxes } from '../../../renderer/docx/layout/paragraph-lines'
import type { PrintSpan } from '../../../renderer/docx/layout/print-layout'
import { pdfRows } from '../helpers/pdf-rows'
import { renderPdf } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/print/run-in-breaks')
const WORDS =
  '坚持以习近平法治思想为指导全面推进依法行政健全重大行政决策程序严格落实行政执法制度深入开展宣传教育提升基层治理水平'
const NUMBERS = ['（一）', '一、', '1．'] as const

function paragraphs(seed: number, count: number): Block[] {
  let state = seed
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const text = (length: number): string =>
    Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]).join('')
  return Array.from({ length: count }, (_, index) => {
    const heading = `${NUMBERS[index % NUMBERS.length]!}${text(4 + Math.floor(random() * 14))}。`
    const runs: Run[] = [{ text: `${heading}${text(10 + Math.floor(random() * 100))}` }]
    // a phrase in bold in every third: a portion of its own
    if (index % 3 === 0)
      runs.push({ text: text(3 + Math.floor(random() * 5)), bold: true }, { text: text(12) })
    runs.push({ text: '。' })
    return { kind: 'paragraph', runs, line: null }
  })
}

const BLOCKS = paragraphs(5, 72)
const TRACKINGS = [bodyTracking, looseTracking, stretchTracking, tightTracking] as const

/** The export with every run of the 正文 at `tracking` (twips); its document.xml beside it. */
async function trackedDocx(tracking: number): Promise<{ bytes: Uint8Array; xml: string }> {
  const report: Report = { meta: emptyMeta, preamble: BLOCKS, parts: [] }
  const zip = await JSZip.loadAsync(await exportDocx(report))
  const xml = (await zip.file('word/document.xml')!.async('string')).replace(
    /(<w:r><w:rPr><w:rFonts[^>]*\/>)/gu,
    `$1<w:spacing w:val="${String(tracking)}"/>`,
  )
  zip.file('word/document.xml', xml)
  return { bytes: await zip.generateAsync({ type: 'uint8array' }), xml }
}

/** The 正文 paragraphs of the .docx as the preview's spans: face from each run's rFonts, bold from its w:b. */
function bodySpans(xml: string): PrintSpan[][] {
  return [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="OfficialBody"\/>.*?<\/w:p>/gu)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:r><w:rPr>(.*?)<\/w:rPr><w:t[^>]*>([^<]*)<\/w:t><\/w:r>/gu)].map(
      ([, properties = '', text = '']) => ({
        text,
        font: properties.includes('黑体') ? 'heading1' : properties.includes('楷体') ? 'heading2' : 'body',
        bold: /<w:b\/>|<w:b w:val="(?:true|1)"\/>/u.test(properties),
      }),
    ),
  )
}

function previewLines(spans: readonly PrintSpan[], tracking: number): string[] {
  const chars = [...spans.map((span) => span.text).join('')]
  return formatBoxes(spans, { ...BODY_FORMAT, tracking: tracking / 20 }).map((box) =>
    chars.slice(box.start, box.end).join(''),
  )
}

describe.each(TRACKINGS)('run-in headings and bold phrases at tracking %i twips', (tracking) => {
  let spans: PrintSpan[][]
  let printed: string[][]

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const docx = join(OUT, `run-in-${String(tracking)}.docx`)
    const { bytes, xml } = await trackedDocx(tracking)
    writeFileSync(docx, bytes)
    spans = bodySpans(xml)
    const rows = renderPdf(docx, OUT)
      .pages.flatMap(pdfRows)
      .filter((row) => !/^—\d+—$/u.test(row))
    let row = 0
    printed = spans.map((paragraph) => {
      const want = paragraph.map((span) => span.text).join('')
      const lines: string[] = []
      while (lines.join('').length < want.length && row < rows.length) lines.push(rows[row++]!)
      expect(lines.join(''), 'LibreOffice printed the paragraphs in order').toBe(want)
      return lines
    })
  })

  it('reads every paragraph with its faces from the .docx', () => {
    expect(spans).toHaveLength(BLOCKS.length)
    expect(spans.filter((paragraph) => paragraph[0]?.font === 'heading2').length).toBeGreaterThan(10)
    expect(spans.filter((paragraph) => paragraph[0]?.font === 'heading1').length).toBeGreaterThan(10)
    expect(spans.filter((paragraph) => paragraph.some((span) => span.bold)).length).toBeGreaterThan(10)
  })

  it('breaks each paragraph in the preview where LibreOffice breaks it', () => {
    const differ = spans.flatMap((paragraph, index) => {
      const preview = previewLines(paragraph, tracking).join('|')
      const libreOffice = printed[index]!.join('|')
      return preview === libreOffice ? [] : [`preview ${preview}\n     LibreOffice ${libreOffice}`]
    })
    expect(differ).toEqual([])
  })
})
