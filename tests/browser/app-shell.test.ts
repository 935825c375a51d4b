// The app shell in browser mode, driven in real headless Chromium as a clerk would use it.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { defaultReportYear } from '../../renderer/core/new-report'
import { parseReportFile } from '../../renderer/core/report-file'
import { refusedDocx } from '../docx/helpers/hostile-docx'
import { isLocal, openBrowser, type BrowserSession } from './chromium'

const artifacts = join(import.meta.dirname, '../.artifacts')

describe('app shell in browser mode', () => {
  let session: BrowserSession
  const url = inject('webUrl')

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    session = await openBrowser()
    await session.page.goto(url)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('loads with a Chinese interface and no errors', async () => {
    const { page } = session
    await expect.poll(() => page.title()).toMatch(/法治年报/)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    const toolbar = page.getByRole('toolbar', { name: '常用操作' })
    for (const label of ['新建', '打开', '保存', '另存为', '导出 Word', '打印预览', '撤销', '查找', '设置'])
      await expect.poll(() => toolbar.getByRole('button', { name: label, exact: true }).count()).toBe(1)
    for (const heading of ['新建年度报告', '打开已有报告', '最近打开'])
      expect(await page.getByRole('heading', { name: heading }).count()).toBe(1)
    expect(await page.locator('.deadlines').textContent()).toMatch(/报送上级：\d{4}年2月2[89]日前/)
    expect(await page.getByRole('status').textContent()).toContain('浏览器模式')
    await page.screenshot({ path: join(artifacts, 'app-shell.png') })
    expect(session.errors).toEqual([])
  })

  it('keeps settings across a reload', async () => {
    const { page } = session
    await page.getByRole('button', { name: '设置', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '设置' })
    await dialog.locator('input[name=issuerMark]').fill('中共清江镇委员会')
    await dialog.locator('input[name=signer]').fill('张亚平')
    await dialog.locator('input[name=recipients]').fill('中共乐清市委、乐清市人民政府')
    await dialog.locator('textarea[name=issuers]').fill('中共清江镇委员会\n清江镇人民政府')
    await page.screenshot({ path: join(artifacts, 'settings-dialog.png') })
    await dialog.getByRole('button', { name: '保存设置' }).click()
    await expect.poll(() => page.getByTestId('status-message').textContent()).toBe('设置已保存')
    expect(await page.getByRole('dialog').count()).toBe(0)

    await page.reload()
    await page.getByRole('button', { name: '设置', exact: true }).click()
    const reopened = page.getByRole('dialog', { name: '设置' })
    expect(await reopened.locator('input[name=signer]').inputValue()).toBe('张亚平')
    expect(await reopened.locator('textarea[name=issuers]').inputValue()).toBe(
      '中共清江镇委员会\n清江镇人民政府',
    )
    await reopened.locator('input[name=signer]').press('Escape')
    expect(await page.getByRole('dialog').count()).toBe(0)
    // A new report picks the defaults up: 发文机关 on the start screen, 主送 on the page, 署名 under the body.
    expect(await page.locator('.start-card input[name=issuerMark]').inputValue()).toBe('中共清江镇委员会')
    await page.getByRole('button', { name: '新建报告' }).click()
    await expect
      .poll(() => page.getByLabel('主送机关').first().inputValue())
      .toBe('中共乐清市委、乐清市人民政府')
    expect(await page.locator('.page-foot').textContent()).toContain('清江镇人民政府')
  })

  it('saves with Ctrl+S and opens the saved file again', async () => {
    const { page } = session
    const downloadPromise = page.waitForEvent('download')
    await page.locator('body').press('Control+s')
    const download = await downloadPromise
    // offered under its issuer, year and 标题, not 未命名报告
    expect(download.suggestedFilename()).toBe(
      `中共清江镇委员会${String(defaultReportYear(new Date()))}年法治政府建设年度报告.fznb`,
    )
    const savedPath = join(session.downloadsDir, 'saved.fznb')
    await download.saveAs(savedPath)
    const saved = parseReportFile(readFileSync(savedPath, 'utf8'))
    expect(saved.ok).toBe(true)
    if (!saved.ok) return
    expect(saved.value.report.meta.signer).toBe('张亚平')
    expect(saved.value.report.meta.issuers).toEqual(['中共清江镇委员会', '清江镇人民政府'])
    // the start screen's default year, the one about to be written
    expect(saved.value.report.meta.reportYear).toBe(defaultReportYear(new Date()))

    const chooserPromise = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '打开', exact: true }).click()
    await (await chooserPromise).setFiles(savedPath)
    await expect.poll(() => page.getByTestId('status-message').textContent()).toBe('已打开“saved.fznb”')
    await expect.poll(() => page.title()).toBe('saved.fznb — 法治年报')
  })

  it('explains in Chinese why an old .doc cannot be opened, and keeps the open report', async () => {
    const { page } = session
    const chooserPromise = page.waitForEvent('filechooser')
    await page.keyboard.press('Control+o')
    await (
      await chooserPromise
    ).setFiles({
      name: '2022年报告.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    })
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('另存为” .docx')
    await page.screenshot({ path: join(artifacts, 'open-error.png') })
    expect(await page.title()).toBe('saved.fznb — 法治年报')
  })

  it.each(['lying-count.docx', 'shifted-directory.docx', 'deflate-bomb.docx', 'markup-bomb.docx'])(
    'refuses %s with a Chinese message, without crashing the tab or losing the open report',
    async (name) => {
      const { page } = session
      const hostile = refusedDocx.find((item) => item.name === name)!
      const chooserPromise = page.waitForEvent('filechooser')
      await page.keyboard.press('Control+o')
      await (
        await chooserPromise
      ).setFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(hostile.bytes()),
      })
      const alert = page.getByRole('alert')
      await expect
        .poll(() => alert.textContent())
        .toMatch(new RegExp(`“${name}”(不是有效的 Word 文档|解压后内容过大)`))
      expect(await page.title()).toBe('saved.fznb — 法治年报')
    },
  )

  it('never requests anything outside this machine', () => {
    expect(session.requests.length).toBeGreaterThan(0)
    expect(session.requests.filter((request) => !isLocal(request))).toEqual([])
  })
})
