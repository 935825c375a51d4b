// 模板: a clerk whose county wants 生效裁判 as a section of 主要举措和成效 changes the open report's template; the
// part moves in, the status line says so, and changing back restores the parts.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'

const artifacts = join(import.meta.dirname, '../.artifacts/template-switch')

const report = [
  '示范镇2024年法治政府建设年度报告',
  '一、推进法治政府建设的主要举措和成效',
  '镇党委召开专题会议4次，研究部署法治建设工作。',
  '二、存在的不足和原因',
  '执法人员培训不够系统。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '镇党委书记带头学法讲法。',
  '四、下一年度推进法治政府建设的主要安排',
  '组织执法人员实操培训2次。',
  '五、履行法院生效裁判情况',
  '2024年需履行法院生效裁判1件，已全部履行。',
  '示范镇人民政府',
  '2025年1月20日',
].join('\n')

const partHeadings = (page: Page): Promise<string[]> =>
  page.locator('section[data-part-id] > h2').allTextContents()

describe('changing the template of an open report', () => {
  let session: BrowserSession
  let page: Page
  let file = ''

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    file = join(mkdtempSync(join(tmpdir(), 'template-switch-')), '示范镇2024年报告.txt')
    writeFileSync(file, report)
    session = await openBrowser()
    page = session.page
    await page.goto(inject('webUrl'))
  })

  afterAll(async () => {
    await session?.close()
  })

  it('shows the guidance examples for the report’s own year', async () => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '打开…' }).click()
    await (await chooser).setFiles(file)
    await expect.poll(() => partHeadings(page)).toHaveLength(5)
    await page.getByRole('tab', { name: '写作指引' }).click()
    await page.locator('section[data-part-id="next-year"] > p').first().click()
    const example = page.locator('.guidance-example')
    await expect.poll(() => example.textContent()).toContain('2025年上半年')
    await page.locator('section[data-part-id="court-judgments"] > p').first().click()
    await expect.poll(() => example.textContent()).toMatch(/^2024年，我镇需履行法院生效裁判/)
  })

  it('moves 生效裁判 into 主要举措和成效 as a section, and says so', async () => {
    await page.getByLabel('模板', { exact: true }).selectOption('court-in-measures')
    await expect
      .poll(() => partHeadings(page))
      .toEqual([
        '一、推进法治政府建设的主要举措和成效',
        '二、存在的不足和原因',
        '三、党政主要负责人履行推进法治建设第一责任人职责情况',
        '四、下一年度推进法治政府建设的主要安排',
      ])
    const measures = page.locator('section[data-part-id="measures"]')
    expect(await measures.locator(':scope > h3').allInnerTexts()).toEqual(['（一）履行法院生效裁判情况'])
    expect(await measures.innerText()).toContain('已全部履行')
    expect(await page.getByTestId('status-message').textContent()).toContain('移入')
    await expect.poll(() => page.title()).toMatch(/^●/)
    await page.screenshot({ path: join(artifacts, '01-nested.png') })
  })

  it('takes it back out when the template is changed back', async () => {
    await page.getByLabel('模板', { exact: true }).selectOption('standard-2019')
    await expect.poll(() => partHeadings(page)).toHaveLength(5)
    expect((await partHeadings(page)).at(-1)).toBe('五、履行法院生效裁判情况')
    expect(await page.getByTestId('status-message').textContent()).toContain('移出')
  })

  it('had no errors', () => {
    expect(session.errors).toEqual([])
  })
})
