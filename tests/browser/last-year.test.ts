// 从去年的报告开始: a clerk picks last year's Word file and gets this year's draft with every place that
// needs new facts marked; the check stays incomplete until they are dealt with.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { findBuiltinTemplate } from '../../renderer/core/builtin-templates'
import { staleRuns, type Block } from '../../renderer/core/report'
import { importReport } from '../../renderer/docx/import/import-report'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { fixtureReport } from '../docx/helpers/fixture-reports'
import { isLocal, openBrowser, saveDownload, type BrowserSession } from './chromium'
import { waitForCaretIn } from './editor-caret'

const artifacts = join(import.meta.dirname, '../.artifacts/last-year')
const template = findBuiltinTemplate('standard-2019')!

describe("starting from last year's report", () => {
  let session: BrowserSession
  let page: Page
  let lastYearDocx = ''
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(artifacts, `${name}.png`) })
  const findings = (rule: string): ReturnType<Page['locator']> => page.locator('.finding', { hasText: rule })
  const staleCount = (): Promise<number> => page.locator('.report-body .stale-figure').count()

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    // Last year's report as the county received it: our official .docx export of qingjiang's 2023 report,
    // with a table of case counts at the end of its measures, as many townships add one.
    const qingjiang = fixtureReport('qingjiang-2023')
    const [measures, ...rest] = qingjiang.parts
    const caseTable: Block = {
      kind: 'table',
      header: true,
      line: null,
      rows: [
        ['项目', '件数'],
        ['行政复议案件', '12'],
        ['行政应诉案件', '3'],
      ],
    }
    lastYearDocx = join(artifacts, '清江镇2023年法治政府建设年度报告.docx')
    writeFileSync(
      lastYearDocx,
      await exportDocx({
        ...qingjiang,
        parts: [{ ...measures!, blocks: [...measures!.blocks, caseTable] }, ...rest],
      }),
    )
    session = await openBrowser()
    page = session.page
    await page.goto(inject('webUrl'))
  })

  afterAll(async () => {
    await session?.close()
  })

  it('asks before making a draft that skips years, and makes none when told 取消', async () => {
    await page.setViewportSize({ width: 1024, height: 640 })
    await page.locator('.start-card input[name=reportYear]').fill('2026')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '从去年的报告开始…' }).click()
    await (await chooser).setFiles(lastYearDocx)
    const dialog = page.getByRole('dialog', { name: '跳过了年度' })
    await expect.poll(() => dialog.count()).toBe(1)
    expect(await dialog.textContent()).toContain('中间的 2024、2025 年度被跳过了')
    // the question and both answers in the window, at the smallest screen a clerk has
    const box = (await dialog.boundingBox())!
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1024 && box.y + box.height <= 640).toBe(true)
    await shot('00-skipped-years-1024')
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('已取消')
    expect(await page.locator('section[data-part-id]').count()).toBe(0)
    await page.setViewportSize({ width: 1366, height: 900 })
  })

  it('makes the 2024 draft from the 2023 Word file in one step', async () => {
    await page.locator('.start-card input[name=reportYear]').fill('2024')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '从去年的报告开始…' }).click()
    await (await chooser).setFiles(lastYearDocx)
    await expect
      .poll(() => page.locator('section[data-part-id] > h2').allTextContents())
      .toEqual([
        '一、推进法治政府建设的主要举措和成效',
        '二、推进法治政府建设中存在的问题不足',
        '三、单位主要负责人履行法治建设第一责任人职责有关情况',
        '四、2025年法治政府建设工作思路',
      ])
    expect(await page.getByLabel('标题').inputValue()).toContain('2024')
    expect(await page.title()).toBe('● 清江镇2024年法治政府建设年度报告.fznb — 法治年报')
    expect(await page.getByTestId('status-message').textContent()).toContain(
      '已根据“清江镇2023年法治政府建设年度报告.docx”生成 2024 年度草稿',
    )
    // Last year's plans are not this year's: the next-year part waits empty.
    expect((await page.locator('section[data-part-id="next-year"]').innerText()).trim()).toBe(
      '四、2025年法治政府建设工作思路',
    )
    await shot('01-draft')
  })

  it("marks last year's figures and keeps the report incomplete until they are dealt with", async () => {
    expect(await staleCount()).toBeGreaterThanOrEqual(8)
    await page.getByRole('tab', { name: '完整性检查' }).click()
    await expect.poll(() => findings('去年').count()).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId('check-summary').textContent()).toContain('需补充')
    await shot('02-stale-findings')
  })

  it("marks last year's counts in a table's cells too, and lets an edited one go", async () => {
    const table = page.locator('.report-body table')
    expect(await table.locator('.stale-figure').allTextContents()).toEqual(['12', '3'])
    await expect.poll(() => findings('表格“项目 件数').count()).toBe(1)
    await table.scrollIntoViewIfNeeded()
    await shot('03-stale-table')
    await table.locator('.stale-figure', { hasText: '12' }).click()
    await page.keyboard.press('End')
    await waitForCaretIn(table)
    await page.keyboard.press('Backspace')
    await page.keyboard.type('5')
    expect(await table.locator('.stale-figure').allTextContents()).toEqual(['3'])
    expect(await table.locator('td').allTextContents()).toContain('15')
    await expect.poll(() => findings('表格“项目 件数').textContent()).not.toContain('“12”')
  })

  it('asks for the 文号 序号 of this year', async () => {
    await page.getByRole('tab', { name: '公文信息' }).click()
    const form = page.getByRole('form', { name: '公文信息' })
    expect(await form.getByLabel('机关代字').inputValue()).toBe('清委')
    expect(await form.getByLabel('文号年份').inputValue()).toBe('2025')
    expect(await form.getByLabel('文号序号').inputValue()).toBe('')
    await form.getByLabel('文号序号').fill('6')
    await expect.poll(() => page.locator('.page-doc-line').textContent()).toContain('清委〔2025〕6号')
  })

  it("lists last year's four plans in the guidance of the measures part and ticks one off once written", async () => {
    const measures = page.locator('section[data-part-id="measures"]')
    await measures.locator('> p').first().click()
    await page.getByRole('tab', { name: '写作指引' }).click()
    const plans = page.getByRole('region', { name: '去年计划落实情况' })
    await expect.poll(() => plans.locator('li').count()).toBe(4)
    expect(await plans.textContent()).toContain('已写落实情况 0/4 项')
    expect(await plans.locator('li').first().textContent()).toBe(
      '○去年计划：持续深入学习坚决践行习近平法治思想 — 今年落实情况写了吗？',
    )
    // Back into the text (the tab took the focus): a new paragraph after the part's first one.
    const first = measures.locator('> p').first()
    const box = await first.boundingBox()
    if (box === null) throw new Error('first paragraph of measures not visible')
    await first.click({ position: { x: box.width - 4, y: box.height - 6 } })
    await page.keyboard.press('End')
    await waitForCaretIn(first)
    await page.keyboard.press('Enter')
    const sentence = '全年持续推进执法队伍专业队伍建设，新增持证执法人员5名。'
    await page.keyboard.insertText(sentence)
    await expect.poll(() => measures.innerText()).toContain(sentence)
    await expect.poll(() => plans.textContent()).toContain('已写落实情况 1/4 项')
    expect(await plans.locator('li.covered').textContent()).toContain('持续推进执法队伍专业队伍建设')
    // An open plan, clicked, becomes a sentence to complete: covered by meaning, its figure still a field.
    await plans.locator('li.open', { hasText: '增强社会治理质效' }).getByRole('button').click()
    await expect.poll(() => measures.innerText()).toContain('增强社会治理质效方面，')
    await expect.poll(() => plans.textContent()).toContain('已写落实情况 2/4 项')
    await page.keyboard.insertText('全年新培育社会组织3家')
    await expect.poll(() => measures.innerText()).toContain('增强社会治理质效方面，全年新培育社会组织3家。')
    await shot('03-plans')
  })

  it("shows last year's text of the part under the cursor", async () => {
    await page.locator('section[data-part-id="shortcomings"] > p').first().click()
    await page.getByRole('tab', { name: '去年对照' }).click()
    const panel = page.getByRole('region', { name: '去年对照' })
    await expect.poll(() => panel.locator('h3').textContent()).toBe('推进法治政府建设中存在的问题不足')
    expect(await panel.textContent()).toContain('2023 年，镇法治政府建设工作虽然取得了一定成绩')
    await shot('04-compare')
  })

  it("exports a working draft for Word/WPS that keeps last year's figures and plans marked, when asked", async () => {
    const stale = await staleCount()
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
    const keep = dialog.getByRole('checkbox', { name: /^工作稿/u })
    await expect.poll(() => keep.count()).toBe(1)
    expect(await keep.isChecked()).toBe(false)
    expect(await dialog.locator('.export-draft-marks').textContent()).toContain(
      `（${String(stale)} 处，以黄色突出显示）`,
    )
    await keep.check()
    const saved = await saveDownload(
      session,
      () => dialog.getByRole('button', { name: '导出' }).click(),
      'draft.docx',
    )
    expect(saved.suggestedName).toBe('清江镇2024年法治政府建设年度报告（工作稿）.docx')
    const opened = await importReport('draft.docx', new Uint8Array(readFileSync(saved.path)), template)
    if (!opened.ok) throw new Error(opened.error.message)
    const marked = [
      ...opened.value.report.preamble,
      ...opened.value.report.parts.flatMap((part) => part.blocks),
    ].flatMap(staleRuns)
    expect(marked.length).toBeGreaterThan(0)
    expect(opened.value.report.meta.lastYear?.plans).toHaveLength(4)
  })

  it('clears a figure when it is retyped or confirmed, and all at once after review', async () => {
    const before = await staleCount()
    const figure = page.locator('.report-body .stale-figure').first()
    await figure.dblclick()
    await page.keyboard.insertText('45场次')
    await expect.poll(staleCount).toBe(before - 1)

    await page.locator('.report-body .stale-figure').first().click()
    const confirm = page.getByRole('toolbar', { name: '格式' }).getByRole('button', { name: '确认此数字' })
    await confirm.click()
    await expect.poll(staleCount).toBe(before - 2)

    await page.getByRole('tab', { name: '完整性检查' }).click()
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: '去年的数字都已核对，全部确认' }).click()
    await expect.poll(staleCount).toBe(0)
    await expect.poll(() => page.locator('.finding', { hasText: '去年报告中的数字' }).count()).toBe(0)
    await shot('05-confirmed')
  })

  it('stayed offline and error-free', () => {
    expect(session.requests.filter((request) => !isLocal(request))).toEqual([])
    expect(session.errors).toEqual([])
  })
})
