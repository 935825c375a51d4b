// How wide LibreOffice sets a line of 正文, to the twip, against the print preview's line breaking (break-lines.ts).
// Each string is exported as a one-line paragraph in two boxes (a right indent narrows the 版心) around the width
// the preview gives it: LibreOffice must set it on one line in the wider box and wrap it in the narrower, at the
// 正文's tracking and at the loose and stretched ones the page fill uses. The boxes lie a twip either side of the
// preview's width for each run of figures or Latin letters (at least one): LibreOffice rounds such a run's width to
// a whole twip in a way not modelled (2023 comes out 797 twips, 25 401, for 796.4 and 401.2).
// The strings mix what moves a line end: figures and Latin words between ideographs (autospace, no tracking on the
// last character of a run of one script), punctuation next to figures (no autospace), spaces (set in the Chinese
// font after Chinese text, and a ℃ after figures in the Western one), dashes, and a positive tracking's extra behind
// each run.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Block, emptyMeta, type Report } from '../../../renderer/core/report'
import { bodyTracking, looseTracking, stretchTracking } from '../../../renderer/docx/export/gbt9704'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { breakLines } from '../../../renderer/docx/layout/break-lines'
import { pdfRows } from '../helpers/pdf-rows'
import { renderPdf } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/print/line-widths')

const STRINGS = [
  '依法行政法治政府建设年度报告',
  '全年办理行政复议案件3件行政诉讼案件2件',
  '出庭应诉率达100%，纠错率12.5%。',
  '落实2023年度计划，2024年1月25日',
  '印发《北留镇2023年全面依法治镇工作要点》',
  '（2023—2025年）规划',
  '学习强国APP和OA系统上线运行',
  '北留镇 2023 年学法计划',
  '共计1,200余人次参加培训',
  '“八五”普法中期检查',
  'PPP项目3.15消费者权益日',
  '依法履职，2023年2件3件',
  '高温天气（35℃以上）暂停户外执法',
  '行政诉讼法》——第一责任人',
  '依法治理——全面推进——落实',
  '依法治理————全面推',
  '出庭应诉率达100%——落实',
] as const

const TRACKINGS = [
  { name: '正文', twips: bodyTracking },
  { name: 'loose', twips: looseTracking },
  { name: 'stretched', twips: stretchTracking },
] as const

/** The 版心's width in twips: A4 less the 28 mm and 26 mm margins. */
const MEASURE = 8844

/** The narrowest box, in whole twips, in which the preview sets `text` on one line. */
function previewWidth(text: string, tracking: number): number {
  const fits = (twips: number): boolean =>
    breakLines(text, { size: 16, tracking: tracking / 20, firstWidth: twips / 20, width: twips / 20 })
      .length === 1
  let low = 0
  let high = MEASURE
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (fits(middle)) high = middle
    else low = middle
  }
  return high
}

/** Twips LibreOffice's width may differ from the preview's: one for each run of figures or Latin letters. */
const tolerance = (text: string): number =>
  Math.max(1, text.match(/[0-9A-Za-z][0-9A-Za-z.,%]*/gu)?.length ?? 0)

interface Box {
  readonly text: string
  readonly tracking: (typeof TRACKINGS)[number]
  readonly wider: boolean
  readonly width: number
}

const boxes: Box[] = TRACKINGS.flatMap((tracking) =>
  STRINGS.flatMap((text) => {
    const width = previewWidth(text, tracking.twips)
    return [true, false].map((wider) => ({
      text,
      tracking,
      wider,
      width: wider ? width + tolerance(text) : width - tolerance(text) - 1,
    }))
  }),
)

/** The export with each paragraph in its box: no indents but the right one, the box's tracking on its run. */
async function boxedDocx(): Promise<Uint8Array> {
  const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })
  const report: Report = { meta: emptyMeta, preamble: boxes.map((box) => paragraph(box.text)), parts: [] }
  const zip = await JSZip.loadAsync(await exportDocx(report))
  const xml = await zip.file('word/document.xml')!.async('string')
  let index = 0
  const boxed = xml.replace(
    /<w:p><w:pPr><w:pStyle w:val="OfficialBody"\/><\/w:pPr><w:r><w:rPr>(<w:rFonts[^>]*\/>)/gu,
    (_, fonts: string) => {
      const box = boxes[index++]!
      const indent = `<w:ind w:left="0" w:right="${String(MEASURE - box.width)}" w:firstLine="0" w:firstLineChars="0"/>`
      return `<w:p><w:pPr><w:pStyle w:val="OfficialBody"/>${indent}</w:pPr><w:r><w:rPr>${fonts}<w:spacing w:val="${String(box.tracking.twips)}"/>`
    },
  )
  if (index !== boxes.length) throw new Error(`boxed ${String(index)} of ${String(boxes.length)} paragraphs`)
  zip.file('word/document.xml', boxed)
  return zip.generateAsync({ type: 'uint8array' })
}

describe('the width of a line of 正文 in LibreOffice', () => {
  /** Rows LibreOffice set each box's text in. */
  let rowsOfBox: number[]

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    const docx = join(OUT, 'line-widths.docx')
    writeFileSync(docx, await boxedDocx())
    const rows = renderPdf(docx, OUT).pages.flatMap(pdfRows)
    rowsOfBox = []
    let row = 0
    for (const box of boxes) {
      const want = box.text.replace(/\s/gu, '')
      let got = ''
      let count = 0
      while (got.length < want.length && row < rows.length) {
        got += rows[row++]
        count++
      }
      expect(got, 'LibreOffice printed the paragraphs in order').toBe(want)
      rowsOfBox.push(count)
    }
  })

  it.each(TRACKINGS.flatMap((tracking) => STRINGS.map((text) => ({ tracking: tracking.name, text }))))(
    'is the preview’s within a twip a run of figures: $text ($tracking)',
    ({ tracking, text }) => {
      const rows = (wider: boolean): number =>
        rowsOfBox[
          boxes.findIndex((b) => b.text === text && b.tracking.name === tracking && b.wider === wider)
        ]!
      expect(rows(true), 'one line in the wider box').toBe(1)
      expect(rows(false), 'wrapped in the narrower box').toBe(2)
    },
  )
})
