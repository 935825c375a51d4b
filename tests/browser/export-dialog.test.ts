// The export dialog names the pieces the chosen version would go out without (签发人 and 主送 for the 上行文,
// 署名 and 成文日期 for both), and still exports.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'

describe('the export dialog', () => {
  let session: BrowserSession
  let page: Page

  beforeAll(async () => {
    session = await openBrowser()
    page = session.page
    await page.goto(inject('webUrl'))
  })

  afterAll(async () => {
    await session?.close()
  })

  it('names what the chosen version lacks', async () => {
    await page.getByRole('button', { name: '新建报告' }).click()
    await page.locator('section[data-part-id="measures"] > p').last().click()
    await page.keyboard.insertText('全年开展普法活动20场。')
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
    const missing = dialog.locator('.export-missing')
    await dialog.getByLabel(/上行文/).check()
    await expect.poll(() => missing.textContent()).toMatch(/^上行文缺少签发人、主送机关/)
    await dialog.getByLabel(/公开版/).check()
    await expect.poll(() => missing.textContent()).toMatch(/^公开版缺少/)
    expect(await missing.textContent()).not.toContain('签发人')
    expect(await dialog.getByRole('button', { name: '导出' }).isEnabled()).toBe(true)
    expect(session.errors).toEqual([])
  })
})
