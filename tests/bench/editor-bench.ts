// Bench for the editor in real Chromium. keystroke: from each key event to the DOM update it makes (a mutation of
// the editor's content, seen by a MutationObserver, not the wait for the next frame) with a 30-page report loaded,
// against a bare Tiptap StarterKit editor holding the same paragraphs in another tab, a round of keystrokes in each
// in turn.
// cold-start: from navigation to an interactive start screen, each round in a browser with a fresh profile and an
// empty cache, against the bare editor page loaded the same way.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { build, preview } from 'vite'
import { blockText } from '../../renderer/core/report'
import { serializeReportFile } from '../../renderer/core/report-file'
import { openBrowser } from '../browser/chromium'
import type { BenchResult } from './bench-result'
import { buildThirtyPageReport } from './export-bench'
import { paired, row } from './measure'

const root = resolve(import.meta.dirname, '../..')
/**
 * Rounds of keystrokes, each the mean of a few: Chromium gives a page performance.now() in steps of 0.1 ms, a
 * twentieth of a keystroke, and the median of single keystrokes moves by whole steps. The mean of a round of
 * them does not.
 */
const KEYSTROKE_ROUNDS = 30
const KEYSTROKES_PER_ROUND = 6
const COLD_STARTS = 15

/** Starts timing keystrokes on the page: each keydown until the editor's DOM next changes, in ms. */
async function watchKeystrokes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { start: 0, samples: [] as number[] }
    ;(window as unknown as { keystrokes: typeof state }).keystrokes = state
    document.addEventListener('keydown', () => (state.start = performance.now()), true)
    const editor = document.querySelector('.ProseMirror')
    if (editor === null) throw new Error('no editor on the page')
    new MutationObserver(() => {
      if (state.start === 0) return
      state.samples.push(performance.now() - state.start)
      state.start = 0
    }).observe(editor, { childList: true, characterData: true, subtree: true })
  })
}

interface KeystrokeWindow {
  readonly keystrokes: { readonly samples: number[] }
}

/** Types one letter and returns the time its DOM update took. */
async function keystroke(page: Page): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as KeystrokeWindow).keystrokes.samples.length)
  await page.keyboard.press('a', { delay: 0 })
  const handle = await page.waitForFunction(
    (count) => (window as unknown as KeystrokeWindow).keystrokes.samples[count],
    before,
  )
  return Number(await handle.jsonValue())
}

/** The mean time of a round of keystrokes. */
async function keystrokes(page: Page): Promise<number> {
  let total = 0
  for (let index = 0; index < KEYSTROKES_PER_ROUND; index += 1) total += await keystroke(page)
  return total / KEYSTROKES_PER_ROUND
}

/** Navigation to `ready` in a browser just started with a fresh profile and an empty cache, in ms. */
async function coldStart(url: string, ready: (page: Page) => Promise<unknown>): Promise<number> {
  const cold = await openBrowser()
  try {
    const start = performance.now()
    await cold.page.goto(url)
    await ready(cold.page)
    return performance.now() - start
  } finally {
    await cold.close()
  }
}

export async function benchEditor(): Promise<BenchResult[]> {
  const appOut = join(root, 'out/bench-web')
  const bareOut = join(root, 'out/bench-bare')
  await build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'silent', build: { outDir: appOut } })
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'web'),
    base: './',
    logLevel: 'silent',
    build: { outDir: bareOut, emptyOutDir: true },
  })
  const app = await preview({
    configFile: join(root, 'vite.web.config.ts'),
    logLevel: 'silent',
    build: { outDir: appOut },
    preview: { port: 0 },
  })
  const bare = await preview({
    configFile: false,
    root: join(import.meta.dirname, 'web'),
    logLevel: 'silent',
    build: { outDir: bareOut },
    preview: { port: 0 },
  })
  const appUrl = app.resolvedUrls?.local[0] ?? ''
  const bareUrl = bare.resolvedUrls?.local[0] ?? ''
  const scratch = mkdtempSync(join(tmpdir(), 'fznb-bench-'))
  const session = await openBrowser()
  try {
    const report = buildThirtyPageReport()
    const reportPath = join(scratch, '三十页报告.fznb')
    writeFileSync(reportPath, serializeReportFile({ templateId: 'standard-2019', report }))
    const paragraphs = [...report.preamble, ...report.parts.flatMap((part) => part.blocks)].map(blockText)

    const { page } = session
    await page.goto(appUrl)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '打开…' }).click()
    await (await chooser).setFiles(reportPath)
    await page.locator('section[data-part-id="measures"] > p').nth(40).click()
    await watchKeystrokes(page)
    const barePage = await session.context.newPage()
    await barePage.goto(bareUrl)
    await barePage.evaluate((texts) => window.loadParagraphs?.(texts), paragraphs)
    await barePage.locator('.ProseMirror p').nth(40).click()
    await watchKeystrokes(barePage)
    const typing = await paired(
      (which) => keystrokes(which === 'ours' ? page : barePage),
      KEYSTROKE_ROUNDS,
      3,
    )

    const starts = await paired(
      (which) =>
        which === 'ours'
          ? coldStart(appUrl, (ready) => ready.getByRole('button', { name: '新建报告' }).waitFor())
          : coldStart(bareUrl, (ready) => ready.locator('.ProseMirror').waitFor()),
      COLD_STARTS,
      1,
    )
    return [row('keystroke', 'ms', typing), row('cold-start', 'ms', starts)]
  } finally {
    await session.close()
    await app.close()
    await bare.close()
    rmSync(scratch, { recursive: true, force: true })
  }
}
