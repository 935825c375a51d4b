// Bench for the editor in real Chromium: keystroke-to-paint latency with a 30-page report
// loaded, against a bare Tiptap StarterKit editor holding the same paragraphs in the same run
// (targets: p95 < 16 ms, ratio ≤ 1.2); and cold start of browser mode to an interactive start screen
// (target < 1 s), against loading the bare editor page.
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
import { result } from './measure'

const root = resolve(import.meta.dirname, '../..')
const keystrokes = 120

/** Time from each keydown to the frame after it was handled, in ms, for `count` typed letters. */
async function typingLatency(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    const samples: number[] = []
    ;(window as unknown as { latency: number[] }).latency = samples
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now()
        // rAF runs before the next paint; the task after it runs once that frame is out.
        requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0))
      },
      true,
    )
  })
  for (let index = 0; index < count; index += 1)
    await page.keyboard.press('a', { delay: 0 }).then(() => page.waitForTimeout(25))
  await page.waitForTimeout(200)
  return page.evaluate(() => (window as unknown as { latency: number[] }).latency)
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN
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
    const coldStarts: number[] = []
    const bareStarts: number[] = []
    for (let round = 0; round < 5; round += 1) {
      await page.goto(appUrl)
      await page.getByRole('button', { name: '新建报告' }).waitFor()
      coldStarts.push(await page.evaluate(() => performance.now()))
      await page.goto(bareUrl)
      await page.locator('.ProseMirror').waitFor()
      bareStarts.push(await page.evaluate(() => performance.now()))
    }

    await page.goto(appUrl)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '打开…' }).click()
    await (await chooser).setFiles(reportPath)
    const middle = page.locator('section[data-part-id="measures"] > p').nth(40)
    await middle.click()
    const appLatency = await typingLatency(page, keystrokes)

    await page.goto(bareUrl)
    await page.evaluate((texts) => window.loadParagraphs?.(texts), paragraphs)
    await page.locator('.ProseMirror p').nth(40).click()
    const bareLatency = await typingLatency(page, keystrokes)

    const median = (values: number[]): number => percentile(values, 0.5)
    return [
      result(
        'editor keystroke-to-paint p50, 30-page report (Chromium)',
        percentile(appLatency, 0.5),
        'ms',
        percentile(bareLatency, 0.5),
      ),
      result(
        'editor keystroke-to-paint p95, 30-page report (Chromium)',
        percentile(appLatency, 0.95),
        'ms',
        percentile(bareLatency, 0.95),
      ),
      result(
        'browser mode cold start to interactive (median of 5)',
        median(coldStarts),
        'ms',
        median(bareStarts),
      ),
    ]
  } finally {
    await session.close()
    await app.close()
    await bare.close()
    rmSync(scratch, { recursive: true, force: true })
  }
}
