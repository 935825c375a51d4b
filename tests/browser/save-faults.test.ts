// The desktop app when main cannot save: the page runs with a stand-in for the preload's Bridge
// whose saveReport answers exactly what main answers on a full disk (describeWriteError). The clerk gets
// the Chinese message, the text stays in the editor and unsaved, and the autosave keeps running with it.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeWriteError } from '../../electron/io/describe-write-error'
import { defaultSettings } from '../../renderer/core/settings'
import { openBrowser, type BrowserSession } from './chromium'
import { bridgeCalls, installDesktopBridge } from './desktop-bridge-stand-in'

describe('saving on a full disk (desktop Bridge stand-in)', () => {
  let session: BrowserSession
  let page: Page
  const url = inject('webUrl')
  const failure = describeWriteError('/home/clerk/清江镇2024年报告.fznb', { code: 'ENOSPC' })
  const typed = '镇党委召开党委会专题研究法治建设4次。'

  beforeAll(async () => {
    session = await openBrowser()
    page = session.page
    await page.addInitScript(installDesktopBridge, { settings: defaultSettings, failure })
    await page.goto(url)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('shows the Chinese message and keeps the text, unsaved, in the editor and the autosave', async () => {
    await page.getByRole('button', { name: '新建报告' }).click()
    await page.locator('section[data-part-id="measures"] > p').last().click()
    await page.keyboard.insertText(typed)
    await page.keyboard.press('Control+s')
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('磁盘空间不足')
    expect(await page.getByRole('alert').first().textContent()).toContain(failure.message)
    expect(await page.locator('.report-body').innerText()).toContain(typed)
    expect(await page.title()).toMatch(/^● /)

    await page.evaluate(() => window.dispatchEvent(new Event('blur')))
    await expect
      .poll(async () => (await bridgeCalls(page)).filter(([name]) => name === 'storeAutosave').length)
      .toBeGreaterThan(0)
    const log = await bridgeCalls(page)
    expect(log.find(([name]) => name === 'saveReport')?.[1]).toContain(typed)
    expect(log.filter(([name]) => name === 'storeAutosave').at(-1)?.[1]).toContain(typed)
    // A failed save must not throw away the draft that is now the only copy.
    expect(log.some(([name]) => name === 'clearAutosave')).toBe(false)
    expect(session.errors).toEqual([])
  })
})

describe('autosave while the writer types (desktop Bridge stand-in)', () => {
  let session: BrowserSession
  let page: Page
  const failure = describeWriteError('/home/clerk/清江镇2024年报告.fznb', { code: 'ENOSPC' })

  beforeAll(async () => {
    session = await openBrowser()
    page = session.page
    await page.addInitScript(installDesktopBridge, { settings: defaultSettings, failure })
    await page.goto(inject('webUrl'))
  })

  afterAll(async () => {
    await session?.close()
  })

  const autosavesHolding = async (text: string): Promise<number> =>
    (await bridgeCalls(page)).filter(([name, content]) => name === 'storeAutosave' && content.includes(text))
      .length

  it('stores the draft a few seconds after the last keystroke, with the window still in front', async () => {
    await page.getByRole('button', { name: '新建报告' }).click()
    await page.locator('section[data-part-id="measures"] > p').last().click()
    await page.keyboard.insertText('全年召开党委会专题研究法治建设4次。')
    // the live check runs 0.3 s after typing stops, the autosave 3 s after; the window never loses focus
    await expect.poll(() => autosavesHolding('专题研究法治建设4次')).toBe(1)
    await page.keyboard.insertText('理论学习中心组集中学法10次。')
    await expect.poll(() => autosavesHolding('集中学法10次')).toBe(1)
    expect(session.errors).toEqual([])
  })
})
