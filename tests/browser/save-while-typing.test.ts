// Typing while the file is being written: the file holds what was there when the save began, so the words typed
// meanwhile must stay unsaved (● in the title) and go to the autosave, not be taken for saved and dropped.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { defaultSettings } from '../../renderer/core/settings'
import { openBrowser, type BrowserSession } from './chromium'
import { bridgeCalls, finishSave, installDesktopBridge } from './desktop-bridge-stand-in'

describe('typing while the report is being saved (desktop Bridge stand-in)', () => {
  let session: BrowserSession
  let page: Page
  const url = inject('webUrl')
  const before = '镇党委召开党委会专题研究法治建设4次。'
  const during = '全年开展普法活动20场。'

  beforeAll(async () => {
    session = await openBrowser()
    page = session.page
    await page.addInitScript(installDesktopBridge, { settings: defaultSettings, failure: null })
    await page.goto(url)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('keeps what was typed meanwhile unsaved and autosaves it', async () => {
    await page.getByRole('button', { name: '新建报告' }).click()
    await page.locator('section[data-part-id="measures"] > p').last().click()
    await page.keyboard.insertText(before)
    await page.keyboard.press('Control+s')
    await expect
      .poll(async () => (await bridgeCalls(page)).some(([name]) => name === 'saveReport'))
      .toBe(true)
    await page.keyboard.insertText(during)
    await finishSave(page)

    await expect.poll(() => page.title()).toMatch(/^● 清江镇报告/)
    const saved = (await bridgeCalls(page)).find(([name]) => name === 'saveReport')?.[1] ?? ''
    expect(saved).toContain(before)
    expect(saved).not.toContain(during)
    await page.evaluate(() => window.dispatchEvent(new Event('blur')))
    await expect
      .poll(
        async () => (await bridgeCalls(page)).filter(([name]) => name === 'storeAutosave').at(-1)?.[1] ?? '',
      )
      .toContain(during)
    expect(session.errors).toEqual([])
  })
})
