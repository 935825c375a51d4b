// 审阅模式 as a county reviewer uses it: choose the folder of townships' reports, read the table, open one
// report read-only with its findings, export the summary as a web page and as an Excel workbook.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { rules } from '../../renderer/core/check/rules/index'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { ExcelJS } from '../xlsx/exceljs-reader'
import { findingsSheetName, summarySheetName } from '../../renderer/xlsx/review-xlsx'
import { toneColors } from '../../renderer/xlsx/tone-colors'
import { FIXTURES_DIR, fixtureReport } from '../docx/helpers/fixture-reports'
import { isLocal, openBrowser, saveDownload, type BrowserSession } from './chromium'

const artifacts = join(import.meta.dirname, '../.artifacts/review-mode')

describe('审阅模式 in the app', () => {
  let session: BrowserSession
  let page: Page
  let folder = ''
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(artifacts, `${name}.png`) })

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    folder = join(mkdtempSync(join(tmpdir(), 'fznb-review-')), '2024年各镇报告')
    mkdirSync(join(folder, 'Word'), { recursive: true })
    for (const name of ['beiliu-2023.txt', 'gongchuan-2023.txt'])
      copyFileSync(join(FIXTURES_DIR, name), join(folder, name))
    writeFileSync(
      join(folder, 'Word', 'qingjiang-2023.docx'),
      await exportDocx(fixtureReport('qingjiang-2023')),
    )
    writeFileSync(join(folder, 'Word', '损坏.docx'), 'PK\u0003\u0004 not really a zip')
    writeFileSync(join(folder, 'Word', '~$qingjiang-2023.docx'), 'lock file of an open document')
    writeFileSync(join(folder, '说明.pdf'), 'not a report')
    session = await openBrowser()
    page = session.page
    await page.goto(inject('webUrl'))
  })

  afterAll(async () => {
    await session?.close()
  })

  it('reviews every report of the folder and shows one row each', async () => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '审阅文件夹…' }).click()
    await (await chooser).setFiles(folder)
    const table = page.getByRole('table', { name: '审阅汇总' })
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4)
    expect(await table.locator('tbody th').allTextContents()).toEqual([
      'Word/qingjiang-2023.docx',
      'Word/损坏.docx',
      'beiliu-2023.txt',
      'gongchuan-2023.txt',
    ])
    expect(await page.getByTestId('review-totals').textContent()).toMatch(
      /^共 4 份：退回 4 份.*无法读取 1 份$/,
    )
    // The broken file is a red row that says so; it did not stop the batch.
    const broken = table.locator('tbody tr', { has: page.getByRole('button', { name: 'Word/损坏.docx' }) })
    expect(await broken.locator('td.tone-bad').count()).toBeGreaterThan(0)
    // …and says why in its own words, readable without hovering over a cell.
    expect(await broken.innerText()).toMatch(/“损坏\.docx”不是有效的 Word 文档/)
    await shot('01-table')
  })

  it('names the rules behind each count in Chinese, never by id, tooltips included', async () => {
    const table = page.getByRole('table', { name: '审阅汇总' })
    const shown = await table.evaluate((element) =>
      [
        element.textContent,
        ...[...element.querySelectorAll('[title]')].map((e) => e.getAttribute('title')),
      ].join('\n'),
    )
    expect(shown).toContain('缺少组成部分')
    for (const rule of rules) expect(shown).not.toContain(rule.id)
  })

  it('opens a report read-only with its findings and goes back to the table', async () => {
    await page.getByRole('button', { name: 'gongchuan-2023.txt' }).click()
    await expect.poll(() => page.locator('.review-read-only').textContent()).toBe('只读：gongchuan-2023.txt')
    expect(await page.locator('.report-body').getAttribute('contenteditable')).toBe('false')
    const findings = page.getByRole('region', { name: '完整性检查结果' })
    await expect.poll(() => findings.textContent()).toContain('第一责任人')
    expect(await findings.getByRole('button', { name: '添加此部分' }).count()).toBe(0)
    await findings.locator('.finding-jump', { hasText: '重大行政决策' }).first().click()
    await expect.poll(() => page.locator('.report-body .flash').count()).toBe(1)
    await shot('02-report')
    await page.getByRole('button', { name: '返回汇总表' }).click()
    await expect.poll(() => page.getByRole('table', { name: '审阅汇总' }).count()).toBe(1)
  })

  it('exports the summary as a self-contained web page', async () => {
    const { suggestedName, path } = await saveDownload(
      session,
      () => page.getByRole('button', { name: '导出汇总（网页）' }).click(),
      'summary.html',
    )
    expect(suggestedName).toBe('2024年各镇报告-审阅汇总.html')
    const html = readFileSync(path, 'utf8')
    expect(html).toContain('gongchuan-2023.txt')
    expect(html).not.toMatch(/<script|https?:\/\//)
  })

  it('exports the summary as an Excel workbook, coloured like the table, built in the window', async () => {
    const { suggestedName, path } = await saveDownload(
      session,
      () => page.getByRole('button', { name: '导出汇总（Excel）' }).click(),
      'summary.xlsx',
    )
    expect(suggestedName).toBe('2024年各镇报告-审阅汇总.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([summarySheetName, findingsSheetName])
    const summary = workbook.getWorksheet(summarySheetName)!
    const files = [3, 4, 5, 6].map((row) => summary.getCell(row, 1).text)
    expect(files).toEqual([
      'Word/qingjiang-2023.docx',
      'Word/损坏.docx',
      'beiliu-2023.txt',
      'gongchuan-2023.txt',
    ])
    // the broken file's row carries Excel's "bad" fill somewhere, as its table row is red
    const fills = (row: number): string[] =>
      Array.from({ length: summary.columnCount }, (_, index) => {
        const fill = summary.getCell(row, index + 1).fill
        return fill?.type === 'pattern' ? (fill.fgColor?.argb ?? '') : ''
      })
    expect(fills(4)).toContain(toneColors.bad.fill)
    const findings = workbook.getWorksheet(findingsSheetName)!
    expect(findings.rowCount).toBeGreaterThan(4)
    expect(findings.getColumn(1).values).toContain('gongchuan-2023.txt')
    // The rule column names rules as a reader knows them, in Chinese.
    const ruleNames = findings.getColumn(4).values.slice(2).map(String)
    expect(ruleNames).toContain('缺少组成部分')
    expect(ruleNames.filter((name) => /[a-z]/.test(name))).toEqual([])
  })

  it('says 不适用 for the layout of plain texts, in the table and the totals, never 0/0', async () => {
    const textsOnly = join(mkdtempSync(join(tmpdir(), 'fznb-review-')), '纯文本报告')
    mkdirSync(textsOnly)
    for (const name of ['beiliu-2023.txt', 'gongchuan-2023.txt'])
      copyFileSync(join(FIXTURES_DIR, name), join(textsOnly, name))
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '换一个文件夹…' }).click()
    await (await chooser).setFiles(textsOnly)
    await expect.poll(() => page.getByTestId('review-totals').textContent()).toMatch(/^共 2 份/)
    const totals = await page.getByTestId('review-totals').textContent()
    expect(totals).toContain('Word 文档版式不适用')
    expect(totals).not.toMatch(/0\/0/)
    const table = page.getByRole('table', { name: '审阅汇总' })
    expect(await table.locator('tbody td', { hasText: /^不适用$/ }).count()).toBe(2)
    await shot('03-texts-only')
  })

  it('stayed offline and error-free', () => {
    expect(session.requests.filter((request) => !isLocal(request))).toEqual([])
    expect(session.errors).toEqual([])
  })
})
