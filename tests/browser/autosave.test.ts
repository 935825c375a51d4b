// Autosave that never loses work, in browser mode (IndexedDB): one draft per document per tab, a longest
// wait while typing never pauses, a flush when the tab goes away, the drafts listed on the start screen, and
// nothing in the window replaced without asking. Time is the page's clock where the test depends on it
// (page.clock), so no assertion waits on how fast the machine is.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'
import { storedDraft, storedDrafts } from './stored-draft'

const url = inject('webUrl')
const artifacts = join(import.meta.dirname, '../.artifacts/autosave')

async function startReport(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: '新建报告' }).click()
  await page.locator('section[data-part-id="measures"] > p').last().click()
  await page.keyboard.insertText(text)
  await expect.poll(() => page.title()).toMatch(/^● /)
}

/** What the window does when it loses focus; the draft is stored at once. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
}

const body = (page: Page): Promise<string> => page.locator('.report-body').innerText()

describe('autosave', () => {
  let session: BrowserSession

  beforeEach(async () => {
    mkdirSync(artifacts, { recursive: true })
    session = await openBrowser()
  })

  afterEach(async () => {
    await session?.close()
  })

  it('stores a draft at least every 30 s while the writer types without pausing', async () => {
    const page = session.page
    await page.clock.install()
    await page.goto(url)
    await page.getByRole('button', { name: '新建报告' }).click()
    await page.locator('section[data-part-id="measures"] > p').last().click()
    // From here the page's time moves only by runFor: no pause the test does not type is a pause to the page.
    await page.clock.pauseAt(Date.now() + 5000)
    // A character a second for 39 s: never the 3 s pause the idle autosave waits for.
    const typed = '全年召开党委会专题研究法治建设四次理论学习中心组集中学法十次参加人员二百三十人次开展'
    for (const char of typed.slice(0, 39)) {
      await page.keyboard.insertText(char)
      await page.clock.runFor(1000)
    }
    // Due 30 s after the first keystroke, while typing went on: the first 30 characters, not the last ones.
    await expect.poll(() => storedDraft(page)).toContain(typed.slice(0, 30))
    expect(await storedDraft(page)).not.toContain(typed.slice(0, 35))
    expect(session.errors).toEqual([])
  })

  it('keeps one draft per tab: two tabs editing different reports never overwrite each other', async () => {
    const first = session.page
    const second = await session.context.newPage()
    await first.goto(url)
    await second.goto(url)
    await startReport(first, '第一个标签页写的内容。')
    await startReport(second, '第二个标签页写的内容。')
    await blur(first)
    await blur(second)
    await expect.poll(async () => (await storedDrafts(first)).length).toBe(2)
    const drafts = await storedDrafts(first)
    expect(drafts.filter((draft) => draft.content.includes('第一个标签页写的内容。'))).toHaveLength(1)
    expect(drafts.filter((draft) => draft.content.includes('第二个标签页写的内容。'))).toHaveLength(1)
    expect(new Set(drafts.map((draft) => draft.id)).size).toBe(2)
  })

  it('keeps a tab that recovered a report and the tab it came from apart, and shows it in use elsewhere', async () => {
    const crashed = session.page
    await crashed.goto(url)
    await startReport(crashed, '崩溃前写的内容。')
    await blur(crashed)
    await expect.poll(() => storedDraft(crashed)).toContain('崩溃前写的内容。')
    const [crashedDraft] = await storedDrafts(crashed)
    await crashed.close({ runBeforeUnload: false })

    const first = await session.context.newPage()
    await first.goto(url)
    await first
      .getByRole('alertdialog', { name: '恢复未保存的报告' })
      .getByRole('button', { name: '恢复' })
      .click()
    await expect.poll(() => body(first)).toContain('崩溃前写的内容。')
    await first.locator('section[data-part-id="measures"] > p').last().click()
    await first.keyboard.press('End')
    await first.keyboard.insertText('恢复后补充。')
    await blur(first)
    await expect.poll(() => storedDraft(first)).toContain('恢复后补充。')
    // One draft, the same report, now in the recovering tab's slot.
    const drafts = await storedDrafts(first)
    expect(drafts).toHaveLength(1)
    expect(drafts[0]?.documentId).toBe(crashedDraft?.documentId)
    expect(drafts[0]?.id).not.toBe(crashedDraft?.id)

    // A second tab lists it as in use: recovering or discarding it there would pull it from under the writer.
    const second = await session.context.newPage()
    await second.goto(url)
    const list = second.getByRole('region', { name: '未保存的报告' })
    await expect.poll(() => list.textContent()).toContain('正在其他窗口中编辑')
    expect(await list.getByRole('button').count()).toBe(0)
    expect(await second.getByRole('alertdialog', { name: '恢复未保存的报告' }).count()).toBe(0)

    await first.close({ runBeforeUnload: false })
    await second.reload()
    await expect.poll(() => list.getByRole('button', { name: '恢复' }).count()).toBe(1)
  })

  it('stores the pending draft when the tab is closed, before the 3 s pause is over', async () => {
    const page = session.page
    await page.clock.install()
    await page.goto(url)
    // The editor loads on demand, and React shows it once a timer of its own has run: it is up before the clock stops.
    await page.getByRole('button', { name: '新建报告' }).click()
    const paragraph = page.locator('section[data-part-id="measures"] > p').last()
    await paragraph.waitFor()
    // The page's timers stand still from here: only pagehide can store this draft.
    await page.clock.pauseAt(Date.now() + 5000)
    await paragraph.click()
    await page.keyboard.insertText('关闭标签页前刚写的一句。')
    await expect.poll(() => page.title()).toMatch(/^● /)
    await page.close({ runBeforeUnload: false })

    const reopened = await session.context.newPage()
    await reopened.goto(url)
    await expect.poll(() => storedDraft(reopened)).toContain('关闭标签页前刚写的一句。')
    await expect
      .poll(() => reopened.getByRole('region', { name: '未保存的报告' }).textContent())
      .toContain('未命名报告')
  })

  it('asks before a recovered draft replaces unsaved work, and keeps that work as a draft too', async () => {
    const crashed = session.page
    await crashed.goto(url)
    await startReport(crashed, '上次没保存的报告。')
    await blur(crashed)
    await expect.poll(() => storedDraft(crashed)).toContain('上次没保存的报告。')
    await crashed.close({ runBeforeUnload: false })

    const page = await session.context.newPage()
    await page.goto(url)
    const banner = page.getByRole('alertdialog', { name: '恢复未保存的报告' })
    await expect.poll(() => banner.isVisible()).toBe(true)
    // The banner is ignored: a new report is written and autosaved beside the crashed one, not over it.
    await startReport(page, '现在正在写的报告。')
    await blur(page)
    await expect.poll(() => storedDraft(page)).toContain('现在正在写的报告。')
    expect(await storedDraft(page)).toContain('上次没保存的报告。')

    await banner.getByRole('button', { name: '恢复' }).click()
    const dialog = page.getByRole('dialog', { name: '恢复未保存的报告' })
    await expect.poll(() => dialog.textContent()).toContain('将替换窗口中正在编辑的')
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await body(page)).toContain('现在正在写的报告。')

    await banner.getByRole('button', { name: '恢复' }).click()
    await dialog.getByRole('button', { name: '恢复' }).click()
    await expect.poll(() => body(page)).toContain('上次没保存的报告。')
    expect(await body(page)).not.toContain('现在正在写的报告。')
    // What was replaced is still recoverable.
    expect(await storedDraft(page)).toContain('现在正在写的报告。')
    expect(session.errors).toEqual([])
  })

  it('lists the drafts on the start screen, each to recover or to discard', async () => {
    for (const text of ['第一份草稿。', '第二份草稿。']) {
      const tab = await session.context.newPage()
      await tab.goto(url)
      await startReport(tab, text)
      await blur(tab)
      await expect.poll(() => storedDraft(tab)).toContain(text)
      await tab.close({ runBeforeUnload: false })
    }

    const page = session.page
    await page.goto(url)
    const list = page.getByRole('region', { name: '未保存的报告' })
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2)
    // Each with the report's 标题, its file name and when it was autosaved.
    expect(await list.getByRole('listitem').first().textContent()).toMatch(
      /法治政府建设.*未命名报告\.fznb · 自动保存于 \d+月\d+日 \d\d:\d\d/,
    )
    await page.screenshot({ path: join(artifacts, 'drafts-list.png') })

    await list.getByRole('listitem').first().getByRole('button', { name: '丢弃' }).click()
    const dialog = page.getByRole('dialog', { name: '丢弃未保存的报告' })
    await dialog.getByRole('button', { name: '丢弃' }).click()
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1)
    await expect.poll(async () => (await storedDrafts(page)).length).toBe(1)
    const kept = (await storedDrafts(page))[0]?.content ?? ''

    await page.reload()
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1)
    await list.getByRole('button', { name: '恢复' }).click()
    const keptText = kept.includes('第一份草稿。') ? '第一份草稿。' : '第二份草稿。'
    await expect.poll(() => body(page)).toContain(keptText)
    expect(session.errors).toEqual([])
  })
})
