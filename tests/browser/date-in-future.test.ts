// The app checks with the day of the clerk's clock: a report opened before its 成文日期 lists that date as still
// to come, and the same report on the day itself does not. The page's clock is fixed (page.clock), so the test
// does not depend on the day it runs.
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'

// signed 2024年3月18日
const qingjiang = new URL('../../../shared/fixtures/reports/qingjiang-2023.txt', import.meta.url).pathname

async function openOn(page: Page, day: Date): Promise<void> {
  await page.clock.setFixedTime(day)
  await page.goto(inject('webUrl'))
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '打开…' }).click()
  await (await chooser).setFiles(qingjiang)
  await expect.poll(() => page.locator('section[data-part-id] > h2').count()).toBe(4)
  await page.getByRole('tab', { name: '完整性检查' }).click()
  await expect
    .poll(() => page.locator('.finding', { hasText: '履行法院生效裁判' }).count())
    .toBeGreaterThan(0)
}

describe('the check in the app, by the day of the clock', () => {
  let session: BrowserSession

  beforeEach(async () => {
    session = await openBrowser()
  })

  afterEach(async () => {
    await session?.close()
  })

  it('names a 成文日期 still to come on the day before it, and not on the day itself', async () => {
    const { page } = session
    await openOn(page, new Date(2024, 2, 17, 10))
    const future = page.locator('.finding', { hasText: '晚于今天' })
    await expect.poll(() => future.count()).toBe(1)
    expect(await future.textContent()).toContain('成文日期“2024年3月18日”晚于今天（2024年3月17日）')
    await session.close()
    session = await openBrowser()
    await openOn(session.page, new Date(2024, 2, 18, 10))
    expect(await session.page.locator('.finding', { hasText: '晚于今天' }).count()).toBe(0)
  })
})
