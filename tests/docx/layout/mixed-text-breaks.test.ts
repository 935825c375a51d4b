// Line breaks of 正文 dense with what reports mix into Chinese: years and counts, percentages, 《》 titles, “” quotes,
// Latin words (APP, PPP), spaces around figures, dashes in （2023—2025年）. Paragraphs are put together at random
// from such phrases, exported at the 正文's tracking and at the loose and stretched ones, rendered by LibreOffice and read back.
// Every paragraph must take as many lines in the preview as in LibreOffice (that is what moves pages); the breaks
// themselves may differ where a line ends within a twip or two of the measure (line-widths.test.ts), in a few.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Block, emptyMeta, type Report } from '../../../renderer/core/report'
import { bodyTracking, looseTracking, stretchTracking } from '../../../renderer/docx/export/gbt9704'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { breakLines } from '../../../renderer/docx/layout/break-lines'
import { BODY_FORMAT } from '../../../renderer/docx/layout/flow-metrics'
import { pdfRows } from '../helpers/pdf-rows'
import { renderPdf } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/print/mixed-text')

const PHRASES = [
  '全面推进依法行政',
  '健全重大行政决策程序',
  '严格落实行政执法三项制度',
  '深入开展法治宣传教育',
  '2023年',
  '全年办理行政复议案件',
  '12件',
  '3件',
  '出庭应诉率达100%',
  '纠错率12.5%',
  '“八五”普法',
  '《中华人民共和国行政诉讼法》',
  '学习强国APP',
  '12345热线',
  '北留镇 2023 年',
  '第1季度',
  '（2023—2025年）',
  '共计1,200余人次',
  'GDP增长6.5%',
  '，',
  '，',
  '。',
  '、',
  '；',
  '：',
  '不断提升基层治理法治化水平',
  '镇党委',
  '政府',
  '开展培训',
  '11月',
  '27日',
  '“法律明白人”',
  '第一责任人',
  '2 次',
  'PPP项目',
  '约 30 人',
] as const

function paragraphs(seed: number, count: number): string[] {
  let state = seed
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  return Array.from({ length: count }, () => {
    let text = ''
    for (let n = 4 + Math.floor(random() * 30); n > 0; n--)
      text += PHRASES[Math.floor(random() * PHRASES.length)]
    return `${text.replace(/^[，。、；：]+/u, '').replace(/[，。、；：]+$/u, '')}。`
  })
}

const TEXTS = paragraphs(21, 80)
const TRACKINGS = [bodyTracking, looseTracking, stretchTracking] as const

/** The export with every run of the body at `tracking` (twips). */
async function trackedDocx(tracking: number): Promise<Uint8Array> {
  const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
  const report: Report = { meta: emptyMeta, preamble: TEXTS.map(paragraph), parts: [] }
  const zip = await JSZip.loadAsync(await exportDocx(report))
  const xml = await zip.file('word/document.xml')!.async('string')
  const tracked = xml.replace(
    /(<w:r><w:rPr><w:rFonts[^>]*\/>)/gu,
    `$1<w:spacing w:val="${String(tracking)}"/>`,
  )
  zip.file('word/document.xml', tracked)
  return zip.generateAsync({ type: 'uint8array' })
}

function previewLines(text: string, tracking: number): string[] {
  const { size, width, firstLine } = BODY_FORMAT
  const chars = [...text]
  return breakLines(text, { size, tracking: tracking / 20, firstWidth: width - firstLine, width }).map(
    (box) => chars.slice(box.start, box.end).join('').replace(/\s/gu, ''),
  )
}

describe.each(TRACKINGS)('paragraphs mixing figures into Chinese at tracking %i twips', (tracking) => {
  let printed: string[][]

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const docx = join(OUT, `mixed-${String(tracking)}.docx`)
    writeFileSync(docx, await trackedDocx(tracking))
    const rows = renderPdf(docx, OUT)
      .pages.flatMap(pdfRows)
      .filter((row) => !/^—\d+—$/u.test(row))
    let row = 0
    printed = TEXTS.map((text) => {
      const want = text.replace(/\s/gu, '')
      const lines: string[] = []
      while (lines.join('').length < want.length && row < rows.length) lines.push(rows[row++]!)
      expect(lines.join(''), 'LibreOffice printed the paragraphs in order').toBe(want)
      return lines
    })
  })

  it('take as many lines in the preview as in LibreOffice, every one', () => {
    const counts = TEXTS.map((text) => previewLines(text, tracking).length)
    expect(counts).toEqual(printed.map((lines) => lines.length))
  })

  it('break where LibreOffice breaks them, all but a few ending within a twip or two of the measure', () => {
    const same = TEXTS.filter(
      (text, index) => previewLines(text, tracking).join('|') === printed[index]!.join('|'),
    )
    expect(same.length / TEXTS.length).toBeGreaterThanOrEqual(0.96)
  })
})
