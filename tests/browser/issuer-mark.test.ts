// The 发文机关标志 made from the 署名 and the gaps of a 上行文 in real Chromium: the 公文信息 form shows the derived
// mark in its empty field until the clerk types one, the page and the export dialog say where it came from, and
// the print preview marks where the missing 签发人, 主送, 署名 and 成文日期 go — on screen only, never on paper.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readPdf } from '../docx/helpers/pdf-rows'
import { openBrowser, type BrowserSession } from './chromium'

const OUT = join(import.meta.dirname, '../.artifacts/browser/issuer-mark')
const PARTY = '中共广西壮族自治区北流市新圩镇委员会'
const GOVERNMENT = '北流市新圩镇人民政府'
const JOINT = `${PARTY}\n${GOVERNMENT}文件`

describe('the derived 发文机关标志 and the gaps of the print preview', () => {
  let session: BrowserSession
  let page: Page

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    session = await openBrowser()
    page = session.page
    await page.goto(inject('webUrl'))
  })

  afterAll(async () => {
    await session?.close()
  })

  it('shows the mark made from the 署名 in the empty field, replaced by a typed one and back when cleared', async () => {
    await page.getByRole('button', { name: '新建报告' }).click()
    await page.locator('section[data-part-id="measures"] > p').last().click()
    await page.keyboard.insertText('全年开展普法活动20场。')
    await page.getByRole('tab', { name: '公文信息' }).click()
    const form = page.getByRole('form', { name: '公文信息' })
    const mark = form.locator('textarea[name=issuerMark]')
    await form.getByLabel('机关代字').fill('新委')
    await form.getByLabel('文号年份').fill('2024')
    await form.getByLabel('文号序号').fill('5')
    await form.locator('textarea[name=issuers]').fill(`${PARTY}\n${GOVERNMENT}`)
    await expect.poll(() => mark.getAttribute('placeholder')).toBe(JOINT)
    expect(await mark.inputValue()).toBe('')
    expect(await form.locator('#issuer-mark-derived').textContent()).toBe(
      '发文机关标志按署名机关生成，可修改',
    )
    const head = page.locator('.page-issuer-mark')
    expect(await head.textContent()).toBe(JOINT)
    expect(await head.getAttribute('class')).toContain('page-issuer-mark-derived')

    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
    await expect
      .poll(() => dialog.locator('.export-derived-mark').textContent())
      .toContain('发文机关标志按署名机关生成，可修改')
    await dialog.getByRole('button', { name: '取消' }).click()

    await mark.fill('北流市新圩镇人民政府文件')
    await expect.poll(() => head.textContent()).toBe('北流市新圩镇人民政府文件')
    expect(await head.getAttribute('class')).not.toContain('page-issuer-mark-derived')
    expect(await form.locator('#issuer-mark-derived').count()).toBe(0)
    await mark.fill('')
    await expect.poll(() => head.textContent()).toBe(JOINT)
    expect(await mark.getAttribute('placeholder')).toBe(JOINT)
  })

  it('marks where the missing 签发人, 主送 and 成文日期 go, on screen and not on paper', async () => {
    await page.keyboard.press('Control+p')
    const preview = page.locator('.print-preview')
    await expect.poll(async () => Number(await preview.getAttribute('data-pages'))).toBeGreaterThan(0)
    await page.evaluate(async () => {
      await document.fonts.ready
    })
    const gaps = preview.locator('.print-gap')
    expect(await gaps.allTextContents()).toEqual(['（缺签发人）', '（缺主送机关）', '（缺成文日期）'])
    for (const gap of await gaps.all()) expect(await gap.isVisible()).toBe(true)
    // the 签发人 marker on the 文号 line, right of it
    const docNumber = preview.locator('.print-line', { hasText: '新委〔2024〕5号' })
    const numberBox = (await docNumber.boundingBox())!
    const signerBox = (await gaps.first().boundingBox())!
    expect(Math.abs(signerBox.y - numberBox.y)).toBeLessThan(1)
    expect(signerBox.x).toBeGreaterThan(numberBox.x + numberBox.width / 2)
    // a dashed box, so it reads as a note and not as text of the report
    expect(await gaps.first().evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('dashed')
    await page.setViewportSize({ width: 1366, height: 1300 })
    await page
      .locator('.print-page')
      .first()
      .screenshot({ path: join(OUT, 'preview-gaps-1.png') })

    await page.emulateMedia({ media: 'print' })
    expect(await gaps.first().isVisible()).toBe(false)
    const pdf = join(OUT, 'preview-gaps.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    await page.emulateMedia({ media: 'screen' })
    const printed = readPdf(pdf)
      .flatMap((sheet) => sheet.lines.map((line) => line.text))
      .join('')
    expect(printed).toContain('新委〔2024〕5号')
    expect(printed).not.toContain('缺')
    expect(session.errors).toEqual([])
  })

  it('draws a narrowed mark inside its box, each character as wide as the layout sets it', async () => {
    const names = page.locator('.print-preview .print-line.print-red')
    expect(await names.allTextContents()).toEqual([PARTY, GOVERNMENT, '文件'])
    for (const line of await names.all()) {
      const drawn = await line.evaluate((element) => {
        const range = document.createRange()
        range.selectNodeContents(element)
        const ink = range.getBoundingClientRect()
        const box = element.getBoundingClientRect()
        const style = getComputedStyle(element)
        return {
          box: { left: box.left, right: box.right },
          ink: { left: ink.left, right: ink.right },
          pitch: parseFloat(style.fontSize) * new DOMMatrix(style.transform).a,
          chars: [...(element.textContent ?? '')].length,
        }
      })
      // 18 characters and 文件 do not fit at 30 pt: narrowed, not shrunk
      expect(drawn.pitch).toBeLessThan(30 * (96 / 72) * 0.95)
      expect(drawn.ink.right - drawn.ink.left).toBeCloseTo(drawn.chars * drawn.pitch, 0)
      expect(drawn.ink.left).toBeGreaterThanOrEqual(drawn.box.left - 0.5)
      expect(drawn.ink.right).toBeLessThanOrEqual(drawn.box.right + 0.5)
    }
    expect(session.errors).toEqual([])
  })
})
