// The print preview says which pages the layout could not fill and the change of text that fills each
// (fill-advice.ts), in a note under its bar: on screen only, never on paper. The report is pasted whole, as a
// clerk brings last year's in, and read as opening the same text does.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adviceMessage, fillAdvice } from '../../renderer/docx/layout/fill-advice'
import { readPdf } from '../docx/helpers/pdf-rows'
import { sentenceReport, sentenceReportText } from '../docx/helpers/sentence-report'
import { openBrowser, saveDownload, type BrowserSession } from './chromium'
import { paste } from './clipboard-paste'

const OUT = join(import.meta.dirname, '../.artifacts/browser/fill-advice')
// a short report of real sentences whose middle page no 调整字距 fills (fill-advice.test.ts checks it in LibreOffice)
const SEED = 17
const SIZE = 250

describe('the print preview’s layout advice', () => {
  let session: BrowserSession
  let page: Page

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    session = await openBrowser()
    page = session.page
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(inject('webUrl'))
  })

  afterAll(async () => {
    await session?.close()
  })

  it('names the short page and the change that fills it, as the export does', async () => {
    await page.getByRole('button', { name: '新建报告' }).click()
    await expect.poll(() => page.locator('section[data-part-id] > h2').count()).toBeGreaterThan(0)
    await page.locator('.report-body p').first().click()
    const lines = sentenceReportText(SEED, SIZE).split(/\n+/u)
    await paste(page, { html: lines.map((line) => `<p>${line}</p>`).join(''), text: lines.join('\r\n') })
    await page.getByRole('button', { name: '识别为整篇报告' }).click()
    await page.keyboard.press('Control+p')
    const preview = page.locator('.print-preview')
    await expect.poll(async () => Number(await preview.getAttribute('data-pages'))).toBe(3)
    const advice = page.getByRole('status', { name: '排版提示' })
    await expect
      .poll(() => advice.locator('li').allTextContents())
      .toEqual(fillAdvice(sentenceReport(SEED, SIZE)).map(adviceMessage))
    expect(await advice.textContent()).toMatch(/^第2页下方空了\d行/u)
    await page.screenshot({ path: join(OUT, 'advice.png') })
    expect(session.errors).toEqual([])
  })

  it('is never printed', async () => {
    const advice = page.getByRole('status', { name: '排版提示' })
    await page.emulateMedia({ media: 'print' })
    expect(await advice.isVisible()).toBe(false)
    const pdf = join(OUT, 'printed.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    await page.emulateMedia({ media: 'screen' })
    const printed = readPdf(pdf)
      .flatMap((sheet) => sheet.lines.map((line) => line.text))
      .join('')
    expect(printed).toContain('年度报告')
    expect(printed).not.toContain('排版提示')
    expect(printed).not.toContain('下方空了')
  })

  it('has the export say the page is short and where the advice is', async () => {
    await page.getByRole('button', { name: '关闭预览' }).click()
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
    await dialog.getByLabel(/上行文/).check()
    await saveDownload(session, () => dialog.getByRole('button', { name: '导出' }).click(), 'short.docx')
    await expect
      .poll(() => page.getByTestId('status-message').textContent())
      .toMatch(/^已导出“.+\.docx”；第2页未排满，打印预览中有排版提示$/u)
  })
})
