// Editing last year's text the Word/WPS way: open a .txt report, add the part it lacks, find and
// replace, change heading levels with Tab, undo and redo, and the unsaved-changes guard.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'
import { paste } from './clipboard-paste'
import { waitForCaretIn } from './editor-caret'

const artifacts = join(import.meta.dirname, '../.artifacts/editing')
const qingjiang = join(import.meta.dirname, '../../../shared/fixtures/reports/qingjiang-2023.txt')

const partHeadings = (page: Page): Promise<string[]> =>
  page.locator('section[data-part-id] > h2').allTextContents()
const body = (page: Page): Promise<string> => page.locator('.report-body').innerText()

/** A click at the end of the block's last line, End, Enter: an empty paragraph after it, the caret in it. */
async function newParagraphAfter(block: Locator): Promise<void> {
  const page = block.page()
  // where the last line ends, from the block's own corner: the locator's click scrolls it into view and waits
  // for it to hold still, which a click at page coordinates taken a moment before cannot
  const lastLine = await block.evaluate((element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    const rects = range.getClientRects()
    const last = rects[rects.length - 1]!
    const box = element.getBoundingClientRect()
    return { x: last.right - box.left - 2, y: (last.top + last.bottom) / 2 - box.top }
  })
  await block.click({ position: lastLine })
  await page.keyboard.press('End')
  await waitForCaretIn(block)
  await page.keyboard.press('Enter')
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.anchorNode?.textContent ?? null))
    .toBe('')
}

describe('editing an imported report', () => {
  let session: BrowserSession
  let page: Page
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(artifacts, `${name}.png`) })

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    session = await openBrowser()
    page = session.page
    await page.goto(inject('webUrl'))
  })

  afterAll(async () => {
    await session?.close()
  })

  it('opens a plain-text report with its parts, metadata and findings', async () => {
    const chooserPromise = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '打开…' }).click()
    await (await chooserPromise).setFiles(qingjiang)
    await expect
      .poll(() => partHeadings(page))
      .toEqual([
        '一、推进法治政府建设的主要举措和成效',
        '二、推进法治政府建设中存在的问题不足',
        '三、单位主要负责人履行法治建设第一责任人职责有关情况',
        '四、2024年法治政府建设工作思路',
      ])
    expect(await page.getByLabel('主送机关').first().inputValue()).toBe('中共乐清市委、乐清市人民政府')
    expect(await page.locator('.page-doc-line').textContent()).toContain('清委〔2024〕9号')
    expect(await page.getByTestId('status-message').textContent()).toContain(
      '保存时将存为“qingjiang-2023.fznb”',
    )
    await page.getByRole('tab', { name: '完整性检查' }).click()
    await expect
      .poll(() => page.locator('.finding', { hasText: '履行法院生效裁判' }).count())
      .toBeGreaterThan(0)
    await shot('01-opened')
  })

  it('adds the missing 法院生效裁判 part in its template place, renumbering the headings', async () => {
    const missing = page
      .locator('.finding', { has: page.getByRole('button', { name: '添加此部分' }) })
      .filter({
        hasText: '法院生效裁判',
      })
    await missing.getByRole('button', { name: '添加此部分' }).click()
    await expect
      .poll(() => partHeadings(page))
      .toEqual([
        '一、推进法治政府建设的主要举措和成效',
        '二、推进法治政府建设中存在的问题不足',
        '三、单位主要负责人履行法治建设第一责任人职责有关情况',
        '四、2024年法治政府建设工作思路',
        '五、2023年履行法院生效裁判情况',
      ])
    // The cursor waits in the new part: type straight away.
    await page.keyboard.insertText('2023年，我镇无需要履行的法院生效裁判。')
    await expect
      .poll(() => page.locator('section[data-part-id="court-judgments"]').innerText())
      .toContain('无需要履行')
    await shot('02-part-added')
  })

  it('finds and replaces all, and one Ctrl+Z takes the replacement back', async () => {
    const before = await body(page)
    const occurrences = before.split('我镇').length - 1
    expect(occurrences).toBeGreaterThan(1)
    await page.keyboard.press('Control+h')
    const bar = page.getByRole('search', { name: '查找和替换' })
    await bar.getByLabel('查找内容').fill('我镇')
    await expect
      .poll(() => page.getByTestId('find-count').textContent())
      .toMatch(new RegExp(`/ ${String(occurrences)} 处`))
    expect(await page.locator('.report-body .search-match').count()).toBeGreaterThanOrEqual(occurrences)
    await bar.getByLabel('查找内容').press('Enter')
    await shot('03-find')
    await bar.getByLabel('替换为').fill('本镇')
    await bar.getByRole('button', { name: '全部替换' }).click()
    await expect
      .poll(() => page.getByTestId('find-count').textContent())
      .toBe(`已替换 ${String(occurrences)} 处`)
    expect(await body(page)).not.toContain('我镇')
    await bar.getByRole('button', { name: '关闭查找' }).click()
    expect(await page.getByRole('search').count()).toBe(0)
    await page.keyboard.press('Control+z')
    await expect.poll(() => body(page)).toBe(before)
    await page.getByRole('button', { name: '重做', exact: true }).click()
    await expect.poll(() => body(page)).not.toContain('我镇')
    await page.getByRole('button', { name: '撤销', exact: true }).click()
    await expect.poll(() => body(page)).toBe(before)
  })

  it('moves a sub-heading down and up a level with Tab and Shift+Tab', async () => {
    const firstSub = page.locator('section[data-part-id="measures"] h3').first()
    const label = (): Promise<string | null> => firstSub.locator('.heading-number').textContent()
    await expect.poll(label).toBe('（一）')
    await firstSub.click()
    await waitForCaretIn(firstSub)
    await page.keyboard.press('Tab')
    await expect.poll(label).toBe('1.')
    await page.keyboard.press('Tab')
    await expect.poll(label).toBe('（1）')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await expect.poll(label).toBe('（一）')
  })

  it('changes paragraph levels and inserts a table from the format bar', async () => {
    const bar = page.getByRole('toolbar', { name: '格式' })
    const paragraph = page.locator('section[data-part-id="shortcomings"] > p').first()
    await paragraph.click()
    await expect
      .poll(() => bar.getByRole('button', { name: '正文' }).getAttribute('aria-pressed'))
      .toBe('true')
    await bar.getByRole('button', { name: '（一）标题' }).click()
    const heading = page.locator('section[data-part-id="shortcomings"] > h3').first()
    await expect.poll(() => heading.locator('.heading-number').textContent()).toBe('（一）')
    await expect
      .poll(() => bar.getByRole('button', { name: '（一）标题' }).getAttribute('aria-pressed'))
      .toBe('true')
    await bar.getByRole('button', { name: '正文' }).click()
    await expect.poll(() => page.locator('section[data-part-id="shortcomings"] > h3').count()).toBe(0)

    await bar.getByRole('button', { name: '插入表格' }).click()
    const table = page.locator('section[data-part-id="shortcomings"] table')
    await expect.poll(() => table.locator('tr').count()).toBe(3)
    await page.keyboard.insertText('事项')
    await bar.getByRole('button', { name: '加一行' }).click()
    await expect.poll(() => table.locator('tr').count()).toBe(4)
    await shot('04-table')
    await bar.getByRole('button', { name: '删除表格' }).click()
    await expect.poll(() => table.count()).toBe(0)
  })

  it('pastes paragraphs from a Word file and types without the spaces clerks put at a paragraph start', async () => {
    const part = page.locator('section[data-part-id="shortcomings"]')
    const texts = (): Promise<string[]> => part.locator(':scope > p').allInnerTexts()
    await newParagraphAfter(part.locator(':scope > p').first())
    // what Word puts on the clipboard: MsoNormal paragraphs, indents typed as full-width spaces or &nbsp;
    const html =
      "<html><body><!--StartFragment--><p class=MsoNormal><span style='font-family:楷体_GB2312'>" +
      '（四）队伍建设<o:p></o:p></span></p>' +
      "<p class=MsoNormal style='text-indent:32.0pt'><span " +
      "style='font-family:仿宋_GB2312'>　　一是执法队伍建设不足。<o:p></o:p></span></p>" +
      "<p class=MsoNormal><span style='font-family:仿宋_GB2312'>&nbsp;&nbsp;二是普法形式单一。<o:p></o:p></span></p>" +
      '<!--EndFragment--></body></html>'
    await paste(page, { html, text: '（四）队伍建设\r\n　　一是执法队伍建设不足。\r\n  二是普法形式单一。' })
    await expect.poll(texts).toEqual(expect.arrayContaining(['一是执法队伍建设不足。', '二是普法形式单一。']))
    // its numbered line is a sub-heading now, numbered by the editor
    const pastedHeading = part.locator(':scope > h3', { hasText: '队伍建设' })
    expect(await pastedHeading.count()).toBe(1)
    const pastedLabel = await pastedHeading.locator('.heading-number').textContent()
    expect(await pastedHeading.innerText()).toBe(`${pastedLabel ?? ''}队伍建设`)
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('　　')
    await page.keyboard.insertText('三是')
    await expect.poll(texts).toEqual(expect.arrayContaining(['二是普法形式单一。', '三是']))
    const all = await texts()
    expect(all.filter((text) => /^\s/u.test(text))).toEqual([])
    expect(all.indexOf('三是')).toBe(all.indexOf('二是普法形式单一。') + 1)

    // a line typed with its own number, made a heading with the format bar: the heading's number replaces it
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('（三）强化执法监督')
    await page.getByRole('toolbar', { name: '格式' }).getByRole('button', { name: '（一）标题' }).click()
    const heading = part.locator(':scope > h3', { hasText: '强化执法监督' })
    await expect.poll(() => heading.count()).toBe(1)
    const label = await heading.locator('.heading-number').textContent()
    expect(label).toMatch(/^（[一二三四五六七八九十]+）$/u)
    expect(await heading.innerText()).toBe(`${label ?? ''}强化执法监督`)
  })

  it('corrects 法制政府 and half-width punctuation in one click each, and Ctrl+Z takes it back', async () => {
    const part = page.locator('section[data-part-id="shortcomings"]')
    const heading = part.locator(':scope > h3', { hasText: '强化执法监督' })
    await heading.click()
    await page.keyboard.press('End')
    await waitForCaretIn(heading)
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('法制政府建设存在短板,基层执法力量不足。')
    const paragraph = part.locator(':scope > p', { hasText: '基层执法力量不足' })
    await page.getByRole('tab', { name: '完整性检查' }).click()
    const term = page.locator('.finding', { hasText: '“法制政府”应为“法治政府”' })
    await expect.poll(() => term.count()).toBe(1)
    await term.scrollIntoViewIfNeeded()
    await shot('05-fix-offered')
    await term.getByRole('button', { name: '改为“法治政府”' }).click()
    await expect.poll(() => paragraph.innerText()).toBe('法治政府建设存在短板,基层执法力量不足。')
    await expect.poll(() => term.count()).toBe(0)
    const marks = page.locator('.finding', { hasText: '中有半角标点（,）' })
    await expect.poll(() => marks.count()).toBe(1)
    await marks.getByRole('button', { name: '改为全角标点' }).click()
    await expect.poll(() => paragraph.innerText()).toBe('法治政府建设存在短板，基层执法力量不足。')
    await expect.poll(() => marks.count()).toBe(0)
    await shot('06-fixed')
    await page.keyboard.press('Control+z')
    await expect.poll(() => paragraph.innerText()).toBe('法治政府建设存在短板,基层执法力量不足。')
  })

  it('makes every text correction at once with 全部改正, and one Ctrl+Z takes them all back', async () => {
    const part = page.locator('section[data-part-id="shortcomings"]')
    await newParagraphAfter(part.locator(':scope > p', { hasText: '基层执法力量不足' }))
    await page.keyboard.insertText('学习行政复议法,推进法制政府建设。')
    // read without waiting: a locator that matches nothing would wait for ever
    const texts = (): Promise<string[]> => part.locator(':scope > p').allInnerTexts()
    await page.getByRole('tab', { name: '完整性检查' }).click()
    const all = page.getByRole('button', { name: /^错别字、标点等全部改正（\d+ 处）$/u })
    await expect.poll(() => all.count()).toBe(1)
    // three here, and the comma the last test's Ctrl+Z put back
    expect(await all.textContent()).toBe('错别字、标点等全部改正（4 处）')
    await all.click()
    await expect.poll(texts).toContain('学习《行政复议法》，推进法治政府建设。')
    expect(await texts()).toContain('法治政府建设存在短板，基层执法力量不足。')
    await expect.poll(() => all.count()).toBe(0)
    await page.keyboard.press('Control+z')
    await expect.poll(texts).toContain('学习行政复议法,推进法制政府建设。')
    await page.keyboard.press('Control+y')
    await expect.poll(texts).toContain('学习《行政复议法》，推进法治政府建设。')
  })

  it('pastes text copied from a PDF as its paragraphs, not one paragraph per printed line', async () => {
    const part = page.locator('section[data-part-id="shortcomings"]')
    await newParagraphAfter(part.locator(':scope > p', { hasText: '基层执法力量不足' }))
    await paste(page, {
      text: [
        '（三）压实主体责任',
        '各乡镇（街道）要切实履行推进法治建设第一责任人职责，',
        '将法治政府建设纳入年度工作计划，与经济社会发展同部署',
        '同推进同督促同考核同奖惩。',
      ].join('\r\n'),
    })
    const heading = part.locator(':scope > h3', { hasText: '压实主体责任' })
    await expect.poll(() => heading.count()).toBe(1)
    const paragraph = part.locator(':scope > p', { hasText: '第一责任人职责' })
    await expect
      .poll(() => paragraph.allInnerTexts())
      .toEqual([
        '各乡镇（街道）要切实履行推进法治建设第一责任人职责，将法治政府建设纳入年度工作计划，与经济社会发展同部署同推进同督促同考核同奖惩。',
      ])
  })

  it('asks before discarding unsaved changes, and keeps the report when told no', async () => {
    await expect.poll(() => page.title()).toMatch(/^● qingjiang-2023\.fznb/)
    const messages: string[] = []
    page.once('dialog', (dialog) => {
      messages.push(dialog.message())
      void dialog.dismiss()
    })
    await page.keyboard.press('Control+n')
    await expect.poll(() => messages).toEqual(['“qingjiang-2023.fznb”尚未保存，确定要放弃更改吗？'])
    expect(await partHeadings(page)).toHaveLength(5)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.keyboard.press('Control+n')
    await expect.poll(() => page.getByRole('heading', { name: '新建年度报告' }).count()).toBe(1)
  })

  it('had no errors', () => {
    expect(session.errors).toEqual([])
  })
})
