// The review page (review-page-html.ts) on the screen a county office has: 1366 × 768. A folder of reports with
// long file names, layout failures and many findings must read without scrolling sideways — the whole table in
// view, names and messages wrapped — checked on the page's measures and on the screenshot itself.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkReport } from '../../renderer/core/check/check-report'
import { textToReport } from '../../renderer/core/import/text-to-report'
import { formatConformance, type FormatCheck } from '../../renderer/core/review/format-conformance'
import { reviewPageHtml } from '../../renderer/core/review/review-page-html'
import { reviewRow, unreadableRow } from '../../renderer/core/review/review-row'
import { reviewSummary } from '../../renderer/core/review/review-summary'
import { appError } from '../../renderer/core/result'
import { syntheticText, template, textRow } from '../core/review/synthetic-review'
import { openBrowser, type BrowserSession } from './chromium'

const artifacts = join(import.meta.dirname, '../.artifacts/review-page')
const viewport = { width: 1366, height: 768 }

/** A report with a slip in every paragraph: wrong terms, English words, half-width marks, counts in words. */
function messyText(town: string): string {
  const slips = Array.from(
    { length: 12 },
    (_, index) =>
      `（${'一二三四五六七八九十'[index % 10] ?? '一'}）第${String(index + 1)}项工作。开展法制宣传活动二十五场,发放资料OK,覆盖群众${String(300 + index)}人。`,
  )
  const text = syntheticText(town)
  const at = text.indexOf('二、存在的不足和原因')
  return `${text.slice(0, at)}${slips.join('\n')}\n${text.slice(at)}`
}

const failing = (id: FormatCheck['id'], message: string): FormatCheck => ({ id, status: 'fail', message })
const layout = formatConformance([
  { id: 'page-size', status: 'pass', message: 'A4 纵向' },
  failing(
    'page-margins',
    '页边距不符：上 25.4 毫米、下 25.4 毫米、左 31.8 毫米、右 31.8 毫米（应为上 37、下 35、左 28、右 26 毫米）',
  ),
  failing('line-grid', '每页 40 行、每行 39 字（应为每页 22 行、每行 28 字）'),
  failing('body-font', '正文字体为“宋体”（应为仿宋_GB2312 或仿宋）'),
  failing('body-size', '正文字号为小四（应为三号）'),
  { id: 'doc-number', status: 'na', message: '版头没有发文字号' },
  failing('page-numbers', '没有页码（应在版心下边缘之下，单页居右、双页居左，“— 1 —”）'),
  { id: 'imprint', status: 'pass', message: '版记齐全' },
])

function messyRow(file: string, town: string, kind: 'text' | 'docx') {
  const report = textToReport(messyText(town), template)
  return reviewRow({
    file,
    kind,
    report,
    check: checkReport(report, template),
    format: kind === 'docx' ? layout : null,
  })
}

const summary = reviewSummary('某县司法局/2024年各乡镇（街道）法治政府建设年度报告汇总', template.id, [
  messyRow(
    '各乡镇街道上报材料/清江镇/清江镇人民政府关于2023年度法治政府建设工作情况的报告（定稿）（第三次修改）.docx',
    '清江镇',
    'docx',
  ),
  messyRow(
    'qingjiang_fazhi_zhengfu_jianshe_niandu_baogao_2023_final_version_v3_revised_after_review.docx',
    '南湖乡',
    'docx',
  ),
  messyRow(
    '北留镇/北留镇人民政府2023年法治政府建设年度报告（报县委依法治县办、县司法局）.txt',
    '北留镇',
    'text',
  ),
  textRow('贡川镇/贡川镇2023年法治政府建设年度报告.fznb', '贡川镇', 'report'),
  textRow('城关街道办事处2023年度法治政府建设情况报告_最终稿_请审阅.txt', '城关街道'),
  unreadableRow(
    '坏文件/东山乡人民政府关于报送2023年度法治政府建设年度报告的函（附件一）.docx',
    'docx',
    appError(
      'not-a-docx',
      '“东山乡人民政府关于报送2023年度法治政府建设年度报告的函（附件一）.docx”不是有效的 Word 文档，请用 Word 或 WPS 另存为 .docx 后重试。',
    ),
    null,
  ),
])

describe('the review page at 1366 × 768', () => {
  let session: BrowserSession
  let url = ''

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    const path = join(mkdtempSync(join(tmpdir(), 'fznb-review-page-')), '审阅汇总.html')
    writeFileSync(path, reviewPageHtml(summary, template))
    url = pathToFileURL(path).href
    session = await openBrowser()
    await session.page.setViewportSize(viewport)
    await session.page.goto(url)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('scrolls only downwards: the page and the table fit the width of the screen', async () => {
    // A review worth laying out: many findings, long names, every kind of row.
    expect(summary.rows.reduce((count, row) => count + row.findings.length, 0)).toBeGreaterThanOrEqual(30)
    expect(summary.rows.every((row) => row.file.length > 20)).toBe(true)
    const measures = await session.page.evaluate(() => {
      const root = document.documentElement
      const table = document.querySelector('.review-table')!.getBoundingClientRect()
      const widest = Math.max(
        ...[...document.querySelectorAll('body *')].map((e) => e.getBoundingClientRect().right),
      )
      return {
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
        tableLeft: table.left,
        tableRight: table.right,
        widest,
      }
    })
    expect(measures.scrollWidth).toBeLessThanOrEqual(viewport.width)
    expect(measures.scrollWidth).toBeLessThanOrEqual(measures.clientWidth)
    expect(measures.tableLeft).toBeGreaterThanOrEqual(0)
    expect(measures.tableRight).toBeLessThanOrEqual(measures.clientWidth)
    expect(measures.widest).toBeLessThanOrEqual(measures.clientWidth)
  })

  it('wraps long file names, the reason a file is unreadable and long messages instead of widening the page', async () => {
    // Lines a cell's text takes: the distinct tops of the boxes its text is laid out in.
    const lines = (selector: string) =>
      session.page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const range = document.createRange()
          range.selectNodeContents(element)
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
        })
    const longAscii = 'tr[data-file^="qingjiang_fazhi"] td[data-column="file"] a'
    expect(await lines(longAscii)).toBeGreaterThan(1)
    expect(await lines('tr[data-file^="坏文件"] td[data-column="issuer"]')).toBeGreaterThan(1)
    expect(await lines('.findings li:has(.rule)')).toBeGreaterThan(1)
  })

  it('shows the whole table on the screenshot: its right border drawn inside the picture, white beyond', async () => {
    const { page, context } = session
    const box = await page.locator('.review-table').boundingBox()
    const row = await page.locator('.review-table tbody tr').first().boundingBox()
    if (box === null || row === null) throw new Error('the review table is not on screen')
    const png = await page.screenshot({ path: join(artifacts, 'review-page-1366x768.png') })
    // The browser decodes its own screenshot: a blank page draws it on a canvas and reads one line of pixels.
    const decoder = await context.newPage()
    const pixels = await decoder.evaluate(
      async ({ data, y }) => {
        const image = new Image()
        image.src = `data:image/png;base64,${data}`
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.width
        canvas.height = image.height
        const context2d = canvas.getContext('2d')!
        context2d.drawImage(image, 0, 0)
        const line = context2d.getImageData(0, y, image.width, 1).data
        const dark = [...Array(image.width).keys()].filter(
          (x) => (line[x * 4]! + line[x * 4 + 1]! + line[x * 4 + 2]!) / 3 < 235,
        )
        return { width: image.width, height: image.height, rightmostInk: Math.max(...dark) }
      },
      { data: png.toString('base64'), y: Math.round(row.y + row.height / 2) },
    )
    await decoder.close()
    expect({ width: pixels.width, height: pixels.height }).toEqual(viewport)
    // The last thing drawn on a table row is the table's own right border: the table ends on screen.
    expect(pixels.rightmostInk).toBeGreaterThanOrEqual(Math.floor(box.x + box.width) - 2)
    expect(pixels.rightmostInk).toBeLessThan(viewport.width - 8)
  })
})
