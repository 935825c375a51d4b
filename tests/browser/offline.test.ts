// Offline: a whole drafting session in Chromium — new → type → check → export → print preview
// and its PDF — with every request recorded, none of which may leave this machine; and the production
// build itself, which must name no font, stylesheet or script on the network and carry no telemetry.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { isLocal, openBrowser, type BrowserSession } from './chromium'

/**
 * Hosts that appear in the bundle as text, never as an address anything loads: XML namespaces of OOXML
 * (docx, mammoth), and documentation links inside library error messages (React, ProseMirror, docx).
 * A new host here means a dependency gained a URL: look at it before adding it.
 */
const inertHosts = new Set([
  'schemas.microsoft.com',
  'schemas.openxmlformats.org',
  'www.w3.org',
  'purl.org',
  'purl.oclc.org',
  'json-schema.org',
  'react.dev',
  'reactjs.org',
  'github.com',
  'prosemirror.net',
  'developer.mozilla.org',
  'bugs.webkit.org',
  'answers.microsoft.com',
  'schemas.zwobble.org', // mammoth's own XML namespace
  'stuk.github.io', // JSZip's documentation, in an error message
  'rolldown.rs', // the bundler's documentation, in an error message
])

/** Endpoints of the usual telemetry and crash-report services (matched as hosts: plain words collide with "pageNumbersEntry"). */
const telemetryHosts =
  /sentry\.io|sentry-cdn|google-analytics\.com|googletagmanager\.com|mixpanel\.com|posthog\.com|segment\.(?:io|com)|umami\.is|clarity\.ms|amplitude\.com|bugsnag\.com|datadoghq|nr-data\.net|hotjar\.com|hm\.baidu\.com|cnzz\.com|growingio/i
const telemetryPackages =
  /sentry|analytics|telemetry|mixpanel|posthog|segment|amplitude|bugsnag|datadog|newrelic|hotjar|electron-log-remote|update-electron-app|electron-updater/i

function files(extension: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(folder, entry.name))
        : entry.name.endsWith(extension)
          ? [join(folder, entry.name)]
          : [],
    )
  return walk(inject('webDir'))
}

describe('offline', () => {
  let session: BrowserSession
  let page: Page
  const url = inject('webUrl')
  const steps: string[] = []

  beforeAll(async () => {
    session = await openBrowser()
    page = session.page
    await page.goto(url)
  })

  afterAll(async () => {
    const outside = session?.requests.filter((request) => !isLocal(request)) ?? []
    process.stdout.write(
      `[offline] session (${steps.join(' → ')}): ${session?.requests.length ?? 0} requests, ${outside.length} left this machine\n`,
    )
    await session?.close()
  })

  it('drafts, checks, exports and previews the print without touching the network', async () => {
    await page.locator('.start-card input[name=reportYear]').fill('2024')
    await page.getByRole('button', { name: '新建报告' }).click()
    await expect.poll(() => page.locator('section[data-part-id] > h2').count()).toBe(6)
    steps.push('new')

    await page.locator('section[data-part-id="measures"] > p').last().click()
    await page.keyboard.insertText('镇党委召开党委会专题研究法治建设4次，开展法治宣传活动41场。')
    await expect.poll(() => page.title()).toMatch(/^● /)
    steps.push('type')

    await page.getByRole('tab', { name: '完整性检查' }).click()
    await expect.poll(() => page.getByTestId('check-summary').textContent()).toContain('需补充')
    steps.push('check')

    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: '导出' }).click()
    expect((await download).suggestedFilename()).toMatch(/\.docx$/)
    steps.push('export')

    await page.keyboard.press('Control+p')
    const preview = page.locator('.print-preview')
    await expect.poll(async () => Number(await preview.getAttribute('data-pages'))).toBeGreaterThan(0)
    // Fonts are where a page most often reaches out (a web font in a stylesheet): wait for all of them.
    await page.evaluate(async () => {
      await document.fonts.ready
    })
    steps.push('print preview')
    // What the print dialog and Electron's printToPDF render: print media, paged.
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.emulateMedia({ media: 'screen' })
    steps.push('PDF')

    expect(session.requests.length).toBeGreaterThan(0)
    expect(session.requests.filter((request) => !isLocal(request))).toEqual([])
    expect(session.errors).toEqual([])
  })

  it('builds pages that name nothing on the network, under a CSP without eval', () => {
    const pages = files('.html')
    expect(pages.length).toBeGreaterThan(0)
    for (const file of pages) {
      const html = readFileSync(file, 'utf8')
      expect(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]*/i.exec(html)?.[0] ?? null, file).toBeNull()
      const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
      expect(csp, `${file}: no CSP`).toBeDefined()
      expect(csp).toContain("default-src 'self'")
      expect(csp).not.toMatch(/unsafe-eval|https?:|\*/)
    }
    for (const file of files('.css')) {
      const css = readFileSync(file, 'utf8')
      expect(/@import[^;]*|url\(\s*["']?(?:https?:)?\/\/[^)]*/i.exec(css)?.[0] ?? null, file).toBeNull()
    }
  })

  it('bundles no telemetry and no script that talks to a server', () => {
    const hosts = new Set<string>()
    for (const file of files('.js')) {
      const js = readFileSync(file, 'utf8')
      // Quoted matches only: a failure must not print a whole bundle.
      expect(
        /sendBeacon|new WebSocket|new EventSource|importScripts\(/.exec(js)?.[0] ?? null,
        file,
      ).toBeNull()
      expect(telemetryHosts.exec(js)?.[0] ?? null, file).toBeNull()
      for (const match of js.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) hosts.add(match[1]!.toLowerCase())
    }
    expect([...hosts].filter((host) => !inertHosts.has(host))).toEqual([])
    // Nothing that phones home (telemetry, crash reports, auto-update) among what ships with the app.
    const manifest = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
    ) as {
      dependencies: Record<string, string>
    }
    expect(Object.keys(manifest.dependencies).filter((name) => telemetryPackages.test(name))).toEqual([])
  })
})
