// The start screen comes up without the large libraries: the editor (Tiptap), the live check (its rules and
// OpenCC's dictionaries), the Word writer (docx), the Word reader (mammoth, jszip) and the Excel writer
// (renderer/xlsx) are loaded only when a report is opened, exported, previewed or reviewed. Recognised by text only their code holds, so the test holds
// however the build names or groups its chunks.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'

const libraryMarkers = [
  { library: '@tiptap (ProseMirror)', marker: 'ProseMirror-focused' },
  // a phrase of OpenCC's Taiwan dictionary, which the check's term matching reads
  { library: 'the check (OpenCC)', marker: '臺積電' },
  { library: 'docx', marker: 'docProps/app.xml' },
  { library: 'mammoth / jszip', marker: 'JSZip' },
  { library: 'the Excel writer', marker: 'xl/sharedStrings.xml' },
] as const

/**
 * Serves the app's scripts, holding back those `held` picks (by path, or by what they hold) until the returned
 * function is called; then `serve`s them, or `refuse`s them as a damaged installation would.
 */
async function holdScripts(
  context: BrowserSession['context'],
  held: (path: string, body: string) => boolean,
  then: 'serve' | 'refuse',
): Promise<() => void> {
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => (release = resolve))
  await context.route(/\/assets\/[\w-]+\.js$/, async (route) => {
    const response = await route.fetch()
    const body = await response.text()
    if (!held(new URL(route.request().url()).pathname, body)) return route.fulfill({ response, body })
    await released
    return then === 'serve' ? route.fulfill({ response, body }) : route.abort('failed')
  })
  return release
}

describe('start screen loads only what it shows', () => {
  let session: BrowserSession
  const url = inject('webUrl')
  const webDir = inject('webDir')

  /** The large libraries the scripts fetched so far hold, by their markers. */
  const librariesLoaded = (): string[] => {
    const scripts = session.requests.filter((request) => request.startsWith(url) && request.endsWith('.js'))
    const code = scripts.map((script) => readFileSync(join(webDir, new URL(script).pathname), 'utf8'))
    return libraryMarkers
      .filter(({ marker }) => code.some((text) => text.includes(marker)))
      .map(({ library }) => library)
  }

  beforeAll(async () => {
    session = await openBrowser()
  })

  afterAll(async () => {
    await session?.close()
  })

  it('is interactive with none of the editor, Word or Excel libraries loaded', async () => {
    const { page } = session
    await page.goto(url)
    const newReport = page.getByRole('button', { name: '新建报告' })
    await newReport.waitFor({ state: 'visible' })
    await expect.poll(() => newReport.isEnabled()).toBe(true)
    // the markers are really in the build: a renamed string would otherwise let this test pass on anything
    const built = libraryMarkers.map(({ marker }) => marker)
    const assets = join(webDir, 'assets')
    const allCode = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(assets, name), 'utf8'))
      .join('\n')
    expect(built.filter((marker) => !allCode.includes(marker))).toEqual([])
    expect(librariesLoaded()).toEqual([])
  })

  it('loads the editor on 新建报告 and takes typing', async () => {
    const { page } = session
    await page.getByRole('button', { name: '新建报告' }).click()
    const body = page.locator('.report-body')
    await body.waitFor({ state: 'visible' })
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.report-body') !== null))
      .toBe(true)
    await page.keyboard.type('全年办理行政复议案件5件')
    await expect.poll(() => body.innerText()).toContain('全年办理行政复议案件5件')
    expect(librariesLoaded()).toEqual(expect.arrayContaining(['@tiptap (ProseMirror)', 'the check (OpenCC)']))
    await expect.poll(() => page.locator('.status-bar').innerText()).toContain('必报事项')
    expect(await page.locator('.loading-part').count()).toBe(0)
    expect(session.errors).toEqual([])
  })

  it('lets Ctrl+E export while the check loads, saying the report is not checked yet, then what it lacks', async () => {
    const slow = await openBrowser()
    try {
      const { page, context } = slow
      const release = await holdScripts(context, (_, body) => body.includes('臺積電'), 'serve')
      await page.goto(url)
      await page.getByRole('button', { name: '新建报告' }).click()
      await expect.poll(() => page.locator('.loading-part').textContent()).toBe('正在加载编辑器…')
      await page.keyboard.press('Control+e')
      const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
      await dialog.waitFor({ state: 'visible' })
      await expect.poll(() => dialog.innerText()).toContain('完整性检查尚未完成')
      expect(await dialog.innerText()).not.toContain('处需要补充')
      release()
      // a new report lacks its parts: once the check is there the dialog names how much
      await expect.poll(() => dialog.innerText()).toMatch(/报告还有 \d+ 处需要补充/u)
      expect(await dialog.innerText()).not.toContain('完整性检查尚未完成')
      expect(slow.errors).toEqual([])
    } finally {
      // scripts still on their way when the test ends are dropped, not reported as failures of the route
      await slow.context.unrouteAll({ behavior: 'ignoreErrors' })
      await slow.close()
    }
  })

  // a chunk held back while the page shows 正在加载, then refused, as by a damaged installation
  it.each([
    // the check loads on its own: the status bar says how complete the new report is
    ['the editor’s own chunk', (path: string): boolean => /\/workspace-[\w-]+\.js$/.test(path), null, true],
    // found by what it holds, whatever the build names it: the rest is served as built
    ['the chunk of the check’s dictionaries', null, '臺積電', false],
  ] as const)(
    'says 正在加载 while %s loads, and in Chinese when it cannot be loaded',
    async (_, refusedPath, refusedContent, checked) => {
      const offline = await openBrowser()
      try {
        const { page, context } = offline
        const release = await holdScripts(
          context,
          (path, body) =>
            refusedPath?.(path) === true || (refusedContent !== null && body.includes(refusedContent)),
          'refuse',
        )
        await page.goto(url)
        await page.getByRole('button', { name: '新建报告' }).click()
        await expect.poll(() => page.locator('.loading-part').textContent()).toBe('正在加载编辑器…')
        release()
        await expect
          .poll(() => page.getByRole('alert').allTextContents())
          .toContainEqual(expect.stringContaining('编辑器加载失败'))
        expect(await page.getByTestId('status-message').count()).toBe(1)
        await expect
          .poll(async () => (await page.locator('.status-bar').innerText()).includes('必报事项'))
          .toBe(checked)
      } finally {
        await offline.context.unrouteAll({ behavior: 'ignoreErrors' })
        await offline.close()
      }
    },
  )
})
