// Small things a clerk meets in the first minutes: 新建 puts the caret in the first paragraph, Tab never
// throws the focus out of the page, the find bar keeps the match it goes to in sight and says what 全部替换
// did, and a rolled-over draft names the colour its old figures are shown in.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'
import { waitForCaretIn } from './editor-caret'

const artifacts = join(import.meta.dirname, '../.artifacts/editor-details')

interface Box {
  readonly top: number
  readonly bottom: number
}

const box = async (page: Page, selector: string): Promise<Box> => {
  const rect = await page.locator(selector).first().boundingBox()
  if (rect === null) throw new Error(`${selector} is not shown`)
  return { top: rect.y, bottom: rect.y + rect.height }
}

async function startNew(page: Page): Promise<void> {
  await page.goto(inject('webUrl'))
  await page.getByRole('button', { name: '新建报告' }).click()
  await expect.poll(() => page.locator('section[data-part-id] > h2').count()).toBeGreaterThan(0)
}

const activeIsEditor = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement?.classList.contains('ProseMirror') ?? false)

describe('editor details', () => {
  let session: BrowserSession
  let page: Page

  beforeAll(() => {
    mkdirSync(artifacts, { recursive: true })
  })

  beforeEach(async () => {
    session = await openBrowser()
    page = session.page
  })

  afterEach(async () => {
    await session?.close()
  })

  it('新建 leaves the caret in the first paragraph, ready to type', async () => {
    await startNew(page)
    await expect.poll(() => activeIsEditor(page)).toBe(true)
    await waitForCaretIn(page.locator('.report-body p').first())
    await page.keyboard.type('今年')
    expect(await page.locator('.report-body p').first().textContent()).toBe('今年')
  })

  it('keeps Tab in the editor outside a field: the focus and the next keystrokes stay in the paragraph', async () => {
    await startNew(page)
    const first = page.locator('.report-body p').first()
    await first.click()
    await waitForCaretIn(first)
    await page.keyboard.type('一年来')
    await page.keyboard.press('Tab')
    expect(await activeIsEditor(page)).toBe(true)
    await page.keyboard.type('，我镇')
    await page.keyboard.press('Shift+Tab')
    expect(await activeIsEditor(page)).toBe(true)
    await page.keyboard.type('坚持')
    await expect.poll(() => first.textContent()).toBe('一年来，我镇坚持')
  })

  it('scrolls a match above the page into view below the format bar and the find bar, and counts 全部替换', async () => {
    await page.setViewportSize({ width: 1024, height: 640 })
    await startNew(page)
    const first = page.locator('.report-body p').first()
    await first.click()
    await waitForCaretIn(first)
    await page.keyboard.insertText('开头的核对词在这里。')
    for (let n = 1; n <= 30; n += 1) {
      await page.keyboard.press('Enter')
      await page.keyboard.insertText(`第${String(n)}段正文，用来把页面撑长。`)
    }
    await page.keyboard.insertText('结尾的核对词。')
    await page.keyboard.press('Control+h')
    const bar = page.getByRole('search', { name: '查找和替换' })
    await bar.getByLabel('查找内容').fill('核对词')
    await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/\/ 2 处/)
    // From the end of the report, the previous match is the one at the top of the page.
    await bar.getByLabel('查找内容').press('Shift+Enter')
    await bar.getByLabel('查找内容').press('Shift+Enter')
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('第 1 / 2 处')
    await page.screenshot({ path: join(artifacts, 'find-at-top.png') })
    const format = await box(page, '.format-bar')
    const find = await box(page, '.find-bar')
    const match = await box(page, '.report-body .search-match.current')
    expect(find.top).toBeGreaterThanOrEqual(format.bottom)
    expect(match.top).toBeGreaterThanOrEqual(find.bottom)
    expect(match.bottom).toBeLessThanOrEqual(page.viewportSize()!.height)

    await bar.getByLabel('替换为').fill('校对词')
    await bar.getByRole('button', { name: '全部替换' }).click()
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('已替换 2 处')
    expect(await page.locator('.report-body').innerText()).not.toContain('核对词')
  })

  it('a rolled-over draft speaks of 橙色, the colour its old figures are shown in', async () => {
    const lastYear = join(artifacts, '河口镇2023年法治政府建设年度报告.txt')
    writeFileSync(
      lastYear,
      [
        '河口镇2023年法治政府建设年度报告',
        '一、推进法治政府建设的主要举措和成效',
        '全年办理行政复议案件12件。',
        '二、推进法治政府建设中存在的问题不足',
        '执法人员培训不足。',
      ].join('\n'),
    )
    await page.goto(inject('webUrl'))
    await page.locator('.start-card input[name=reportYear]').fill('2024')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '从去年的报告开始…' }).click()
    await (await chooser).setFiles(lastYear)
    const figure = page.locator('.report-body .stale-figure').first()
    await expect.poll(() => figure.count()).toBe(1)
    expect(await page.getByTestId('status-message').textContent()).toContain('已标为橙色')
    // orange, not the yellow of an empty 【　】 field: red well above blue, green between them
    const [red, green, blue] = await figure.evaluate((element) =>
      (getComputedStyle(element).backgroundColor.match(/\d+/g) ?? []).map(Number),
    )
    expect(red! - blue!).toBeGreaterThan(60)
    expect(green!).toBeLessThan(red! - 20)
    expect(green!).toBeGreaterThan(blue!)
    await figure.click()
    const confirm = page.getByRole('toolbar', { name: '格式' }).getByRole('button', { name: '确认此数字' })
    expect(await confirm.getAttribute('title')).toContain('橙色')
    expect(await page.locator('body').innerText()).not.toMatch(/标黄|黄色/)
  })

  it('fits the toolbar, outline, page column and side panel side by side at 1024×640 as at 1366×768', async () => {
    await startNew(page)
    for (const [width, height] of [
      [1366, 768],
      [1024, 640],
    ] as const) {
      await page.setViewportSize({ width, height })
      const problems = await page.evaluate(() => {
        const rect = (element: Element): DOMRect => element.getBoundingClientRect()
        const inside = (inner: DOMRect, outer: DOMRect): boolean =>
          inner.left >= outer.left - 0.5 &&
          inner.right <= outer.right + 0.5 &&
          inner.top >= outer.top - 0.5 &&
          inner.bottom <= outer.bottom + 0.5
        const found: string[] = []
        const containers = ['.toolbar', '.outline', '.page-scroller', '.side-panel', '.side-panel .tabs']
        for (const selector of containers) {
          const container = document.querySelector(selector)
          if (container === null) {
            found.push(`${selector} missing`)
            continue
          }
          const outer = rect(container)
          for (const child of container.querySelectorAll('button, [role=tab], .format-bar, .tabs')) {
            const inner = rect(child)
            if (inner.width === 0) continue
            // what scrolls inside a column is fine vertically; sideways it must fit
            const fits =
              selector === '.toolbar' || selector === '.side-panel .tabs'
                ? inside(inner, outer)
                : inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5
            if (!fits) found.push(`${selector} ${child.textContent ?? ''}`)
          }
        }
        const columns = ['.outline', '.page-scroller', '.side-panel'].map((s) =>
          rect(document.querySelector(s)!),
        )
        for (let i = 0; i + 1 < columns.length; i += 1)
          if (columns[i]!.right > columns[i + 1]!.left + 0.5)
            found.push(`column ${String(i)} overlaps the next`)
        if (rect(document.querySelector('.toolbar')!).bottom > columns[1]!.top + 0.5)
          found.push('toolbar over page')
        // short labels stay on one line: the 模板 label, and each part's state in the outline (未写, ✓)
        const oneLine = (element: Element): boolean => {
          // a range over the text has a box per line it runs on
          const range = document.createRange()
          range.selectNodeContents(element)
          const tops = new Set([...range.getClientRects()].map((box) => Math.round(box.top)))
          return tops.size <= 1
        }
        for (const label of document.querySelectorAll(
          '.template-switch > span, .part-status > span:last-child',
        ))
          if (!oneLine(label)) found.push(`${label.textContent ?? ''} wraps`)
        return found
      })
      expect(problems, `${String(width)}×${String(height)}`).toEqual([])
    }
  })
})
