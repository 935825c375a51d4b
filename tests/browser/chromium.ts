// Debian's Chromium driven by playwright-core. A missing browser fails the test loudly: a browser test
// that silently skips would report a green run that tested nothing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface BrowserSession {
  readonly context: BrowserContext
  readonly page: Page
  /** Every URL the page requested, for the zero-network assertion. */
  readonly requests: string[]
  /** Console errors and uncaught page errors. */
  readonly errors: string[]
  readonly downloadsDir: string
  close(): Promise<void>
}

export async function openBrowser(): Promise<BrowserSession> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    )
  const userDataDir = mkdtempSync(join(tmpdir(), 'fznb-chromium-'))
  const downloadsDir = mkdtempSync(join(tmpdir(), 'fznb-downloads-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: flags,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
  })
  const requests: string[] = []
  const errors: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return {
    context,
    page,
    requests,
    errors,
    downloadsDir,
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
      rmSync(downloadsDir, { recursive: true, force: true })
    },
  }
}

/** What the page offered for download when `trigger` ran, saved under `savedAs` in the session's downloads. */
export async function saveDownload(
  session: BrowserSession,
  trigger: () => Promise<unknown>,
  savedAs: string,
): Promise<{ suggestedName: string; path: string }> {
  const download = session.page.waitForEvent('download')
  await trigger()
  const file = await download
  const path = join(session.downloadsDir, savedAs)
  await file.saveAs(path)
  return { suggestedName: file.suggestedFilename(), path }
}

/** True for addresses on this machine only: the app must work with the network cable pulled. */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true
  const { hostname } = new URL(url)
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
}
