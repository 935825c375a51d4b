// Typing while the file is being written: the file holds what was there when the save began, so the words typed
// meanwhile must stay unsaved (● in the title) and go to the autosave, not be taken for saved and dropped.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { defaultSettings, type Settings } from '../../renderer/core/settings'
import { openBrowser, type BrowserSession } from './chromium'

/** Runs in the page before the app: a desktop Bridge stand-in whose save finishes only when the test says so. */
function installSlowSaveBridge(settings: Settings): void {
  const calls: [string, string][] = []
  let finishSave: (() => void) | null = null
  const ok = (value: unknown): Promise<unknown> => Promise.resolve({ ok: true, value })
  const methods: Record<string, unknown> = {
    platform: 'electron',
    loadSettings: () => ok(settings),
    listRecent: () => ok([]),
    listAutosaves: () => ok([]),
    loadAutosave: () => ok(null),
    takeLaunchFile: () => ok(null),
    saveReport: (request: { content: string }) => {
      calls.push(['saveReport', request.content])
      return new Promise((resolve) => {
        finishSave = () =>
          resolve({ ok: true, value: { name: '清江镇报告.fznb', path: '/home/clerk/清江镇报告.fznb' } })
      })
    },
    storeAutosave: (draft: { content: string }) => {
      calls.push(['storeAutosave', draft.content])
      return ok(null)
    },
    clearAutosave: () => {
      calls.push(['clearAutosave', ''])
      return ok(null)
    },
    setDocumentState: (state: { name: string; dirty: boolean }) => {
      document.title = `${state.dirty ? '● ' : ''}${state.name}`
      return ok(null)
    },
    onMenuCommand: () => () => undefined,
    onFileOpened: () => () => undefined,
    onFlushRequest: () => () => undefined,
  }
  Object.assign(window, {
    bridgeCalls: calls,
    finishSave: () => finishSave?.(),
    bridge: new Proxy(methods, { get: (target, name: string) => target[name] ?? (() => ok(null)) }),
  })
}

const calls = (page: Page): Promise<[string, string][]> =>
  page.evaluate(() => (window as unknown as { bridgeCalls: [string, string][] }).bridgeCalls)

describe('typing while the report is being saved (desktop Bridge stand-in)', () => {
  let session: BrowserSession
  let page: Page
  const url = inject('webUrl')
  const before = '镇党委召开党委会专题研究法治建设4次。'
  const during = '全年开展普法活动20场。'

  beforeAll(async () => {
    session = await openBrowser()
    page = session.page
    await page.addInitScript(installSlowSaveBridge, defaultSettings)
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
    await expect.poll(async () => (await calls(page)).some(([name]) => name === 'saveReport')).toBe(true)
    await page.keyboard.insertText(during)
    await page.evaluate(() => (window as unknown as { finishSave: () => void }).finishSave())

    await expect.poll(() => page.title()).toMatch(/^● 清江镇报告/)
    const saved = (await calls(page)).find(([name]) => name === 'saveReport')?.[1] ?? ''
    expect(saved).toContain(before)
    expect(saved).not.toContain(during)
    await page.evaluate(() => window.dispatchEvent(new Event('blur')))
    await expect
      .poll(async () => (await calls(page)).filter(([name]) => name === 'storeAutosave').at(-1)?.[1] ?? '')
      .toContain(during)
    expect(session.errors).toEqual([])
  })
})
