// A clerk drafts a whole report from the empty template in browser mode: metadata, every part, a
// required-item skeleton with its figure, until the check says 完整; then save, reopen, crash, recover.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { parseReportFile } from '../../renderer/core/report-file'
import { allParagraphs, docxFacts } from '../docx/helpers/docx-facts'
import { runChecker } from '../docx/helpers/gbt9704-checker'
import { titleLines } from '../../renderer/docx/export/title-lines'
import { isLocal, openBrowser, saveDownload, type BrowserSession } from './chromium'
import { storedDraft } from './stored-draft'

const artifacts = join(import.meta.dirname, '../.artifacts/drafting')

const partTexts: Record<string, string[]> = {
  measures: [
    '镇党委成立法治建设领导小组，召开党委会专题研究法治建设4次。理论学习中心组开展集中学法10次，参加人员230人次。',
    '深入实施“八五”普法规划，开展法治宣传活动41场，覆盖群众1.2万人次。',
    '严格执行重大行政决策程序，全年作出重大行政决策3件。行政规范性文件合法性审核5件，备案5件。法律顾问审查合同16份。',
    '全面落实行政执法“三项制度”，办理行政处罚案件37件，重大执法决定法制审核12件。',
    '主动公开政府信息290条。人民调解矛盾纠纷221件，调解成功率100%。认真办理人大代表建议，主动接受审计监督和社会监督。',
  ],
  shortcomings: [
    '一是执法规范化水平有待提高，原因是执法人员培训偏重集中授课；二是普法针对性不强，原因是对群众需求调研不够。',
  ],
  'first-responsible': [
    '镇党委书记、镇长切实履行推进法治建设第一责任人职责，亲自部署法治建设重要工作，在年终述职中专题述法。',
  ],
  'next-year': [
    '一是针对执法规范化不足，组织执法人员实操培训2次；二是针对普法针对性不强，开展群众法治需求调研。',
  ],
  'court-judgments': ['2024年，我镇需履行法院生效裁判1件，已全部履行，履行率100%。', '特此报告。'],
}

async function typeIntoPart(page: Page, partId: string, paragraphs: readonly string[]): Promise<void> {
  await page.locator(`section[data-part-id="${partId}"] > p`).last().click()
  for (const [index, text] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.insertText(text)
  }
}

/** Puts the caret at the very end of a paragraph: its last line, then End. */
async function appendTo(page: Page, paragraph: ReturnType<Page['locator']>, text: string): Promise<void> {
  const box = await paragraph.boundingBox()
  if (box === null) throw new Error('paragraph not visible')
  await paragraph.click({ position: { x: box.width - 4, y: box.height - 6 } })
  await page.keyboard.press('End')
  await page.keyboard.insertText(text)
}

const summary = (page: Page): Promise<string | null> => page.getByTestId('check-summary').textContent()

describe('drafting a report from the template', () => {
  let session: BrowserSession
  let page: Page
  let savedPath = ''
  const url = inject('webUrl')
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(artifacts, `${name}.png`) })

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    session = await openBrowser()
    page = session.page
    await page.goto(url)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('starts a 2024 report from the standard template with numbered headings', async () => {
    await page.locator('.start-card input[name=reportYear]').fill('2024')
    await page.locator('.start-card input[name=issuerMark]').fill('中共清江镇委员会')
    await shot('01-start')
    await page.getByRole('button', { name: '新建报告' }).click()
    const headings = page.locator('section[data-part-id] > h2')
    await expect.poll(() => headings.count()).toBe(6)
    expect(await headings.first().textContent()).toBe('一、2024年推进法治政府建设的主要举措和成效')
    expect(await headings.nth(3).textContent()).toBe('四、2025年推进法治政府建设的主要安排')
    expect(await page.getByLabel('标题').inputValue()).toBe('2024年法治政府建设年度报告')
    await page.getByRole('tab', { name: '完整性检查' }).click()
    await expect.poll(() => summary(page)).toContain('需补充')
    await shot('02-new-report')
  })

  it('fills the metadata: 文号 is composed and corrected, the date written the official way', async () => {
    await page.getByRole('tab', { name: '公文信息' }).click()
    const form = page.getByRole('form', { name: '公文信息' })
    await form.getByLabel('机关代字').fill('清委')
    await form.getByLabel('文号年份').fill('2025')
    await form.getByLabel('文号序号').fill('09')
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('序号不加前导零')
    await expect.poll(() => page.locator('.page-doc-line').textContent()).toContain('清委〔2025〕9号')
    await form.locator('input[name=signer]').fill('张亚平')
    await form.locator('input[name=recipients]').fill('中共乐清市委、乐清市人民政府')
    await form.locator('textarea[name=issuers]').fill('中共清江镇委员会\n清江镇人民政府')
    await form.locator('input[name=date]').fill('2025-03-08')
    await expect.poll(() => page.locator('.page-foot').textContent()).toContain('2025年3月8日')
    expect(await page.locator('.page-doc-line').textContent()).toContain('签发人：张亚平')
    const title = '中共清江镇委员会 清江镇人民政府关于2024年法治政府建设情况的报告'
    await page.getByLabel('标题').fill(title)
    // Away from the cursor the page shows the title in the lines the Word file gets, split before 关于
    await form.locator('input[name=signer]').focus()
    const shown = page.locator('.page-title-lines > div')
    await expect.poll(() => shown.allTextContents()).toEqual(titleLines(title))
    expect(titleLines(title)).toEqual(['中共清江镇委员会 清江镇人民政府', '关于2024年法治政府建设情况的报告'])
    await shot('03-metadata')
  })

  it('writes every part and watches the check follow', async () => {
    await page.getByRole('tab', { name: '完整性检查' }).click()
    const before = await summary(page)
    for (const [partId, paragraphs] of Object.entries(partTexts)) await typeIntoPart(page, partId, paragraphs)
    await expect.poll(() => summary(page)).not.toBe(before)
    await expect.poll(() => summary(page)).toMatch(/^5\/5 部分/)
    await shot('04-drafted')
  })

  it('inserts the 行政复议 sentence skeleton, flags its empty field, and clears it once filled', async () => {
    await page.locator('section[data-part-id="measures"] > p').nth(3).click()
    await page.getByRole('tab', { name: '写作指引' }).click()
    const item = page.locator('.item-button', { hasText: '行政复议' }).first()
    await expect.poll(() => item.locator('.item-state').textContent()).toBe('未写')
    await item.click()
    const emptyFields = page.locator('.report-body .figure-field-empty')
    await expect.poll(() => emptyFields.count()).toBe(3)
    await page.getByRole('tab', { name: '完整性检查' }).click()
    await expect.poll(() => page.locator('.finding', { hasText: '3 处数字未填写' }).count()).toBe(1)
    await shot('05-skeleton')
    // The first field is selected after insertion: typing replaces it, Tab goes to the next, as in a form.
    // Each step waits for the editor to show the figure before the next key, as a person would.
    await page.keyboard.insertText('2')
    await expect.poll(() => emptyFields.count()).toBe(2)
    await page.keyboard.press('Tab')
    await page.keyboard.insertText('2')
    await expect.poll(() => emptyFields.count()).toBe(1)
    await expect.poll(() => page.locator('.finding', { hasText: '1 处数字未填写' }).count()).toBe(1)
    await page.keyboard.press('Tab')
    await page.keyboard.insertText('0')
    await expect.poll(() => emptyFields.count()).toBe(0)
    expect(await page.locator('.report-body').innerText()).toContain(
      '全年办理行政复议案件2件，其中维持2件、纠错0件。',
    )
    await expect.poll(() => page.locator('.finding', { hasText: '数字未填写' }).count()).toBe(0)
    await page.getByRole('tab', { name: '写作指引' }).click()
    await page.locator('section[data-part-id="measures"] > p').nth(3).click()
    await expect.poll(() => item.locator('.item-state').textContent()).toBe('已写')
  })

  it('reaches 完整 with the litigation figures added', async () => {
    await appendTo(
      page,
      page.locator('section[data-part-id="measures"] > p').nth(4),
      '行政诉讼案件3件，负责人出庭应诉率100%。',
    )
    await page.getByRole('tab', { name: '完整性检查' }).click()
    await expect.poll(() => summary(page)).toMatch(/完整$/)
    expect(await page.getByTestId('status-check').textContent()).toMatch(/完整$/)
    await shot('06-complete')
  })

  it('jumps to the paragraph a finding points at', async () => {
    await appendTo(
      page,
      page.locator('section[data-part-id="shortcomings"] > p').first(),
      '推进法制政府建设还有差距。',
    )
    await page.getByRole('tab', { name: '完整性检查' }).click()
    const finding = page.locator('.finding', { hasText: '法制政府' }).locator('.finding-jump')
    await expect.poll(() => finding.count()).toBe(1)
    // the finding quotes the words it is about, as written
    expect(await finding.locator('.finding-evidence').textContent()).toContain('推进法制政府建设还有差距。')
    await finding.click()
    await expect
      .poll(() => page.locator('.report-body .flash').allTextContents())
      .toEqual([expect.stringContaining('法制政府')])
    await shot('07-jump')
    // Ctrl+Z takes the sentence back out, as in Word.
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.locator('.report-body').innerText()).not.toContain('法制政府')
    await expect.poll(() => summary(page)).toMatch(/完整$/)
  })

  it('takes out the 其他 part left empty in one click, so no bare heading goes on paper', async () => {
    await page.getByRole('tab', { name: '完整性检查' }).click()
    const empty = page.locator('.finding', { hasText: '“其他需要报告的情况”标题下没有内容' })
    await expect.poll(() => empty.count()).toBe(1)
    // 特此报告。 closes 五、, the last part with text: nothing to add at the end
    expect(await page.locator('.finding', { hasText: '特此报告' }).count()).toBe(0)
    await empty.getByRole('button', { name: '删除此部分' }).click()
    await expect.poll(() => page.locator('section[data-part-id="other"]').count()).toBe(0)
    await expect.poll(() => empty.count()).toBe(0)
    await expect
      .poll(() => page.getByTestId('status-message').textContent())
      .toBe('已删除此部分，可按 Ctrl+Z 撤销')
    expect(await page.locator('.outline-list li').count()).toBe(5)
    await expect.poll(() => summary(page)).toMatch(/完整$/)
  })

  it('saves with Ctrl+S and reopens the file with identical content', async () => {
    const bodyBefore = await page.locator('.report-body').innerText()
    savedPath = (await saveDownload(session, () => page.keyboard.press('Control+s'), '清江镇2024年报告.fznb'))
      .path
    const saved = parseReportFile(readFileSync(savedPath, 'utf8'))
    expect(saved.ok).toBe(true)
    if (!saved.ok) return
    expect(saved.value.report.meta).toMatchObject({
      docNumber: '清委〔2025〕9号',
      signer: '张亚平',
      dateText: '2025年3月8日',
      issuers: ['中共清江镇委员会', '清江镇人民政府'],
      reportYear: 2024,
    })
    expect(saved.value.report.parts.map((part) => part.id)).toEqual([
      'measures',
      'shortcomings',
      'first-responsible',
      'next-year',
      'court-judgments',
    ])

    await page.reload()
    // What the report filled in is remembered as next time's default.
    await expect
      .poll(() => page.locator('.start-card input[name=issuerMark]').inputValue())
      .toBe('中共清江镇委员会')
    const chooserPromise = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '打开…' }).click()
    await (await chooserPromise).setFiles(savedPath)
    await expect.poll(() => page.locator('.report-body').innerText()).toBe(bodyBefore)
    expect(await page.getByLabel('标题').inputValue()).toBe(
      '中共清江镇委员会 清江镇人民政府关于2024年法治政府建设情况的报告',
    )
    await shot('08-reopened')
  })

  it('exports the official .docx that passes the independent GB/T 9704 checker', async () => {
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' })
    await dialog.getByLabel(/上行文/).check()
    await shot('09-export-dialog')
    const { suggestedName, path: docxPath } = await saveDownload(
      session,
      () => dialog.getByRole('button', { name: '导出' }).click(),
      'exported.docx',
    )
    expect(suggestedName).toBe('清江镇2024年报告.docx')
    await expect
      .poll(() => page.getByTestId('status-message').textContent())
      .toBe('已导出“清江镇2024年报告.docx”')

    const facts = docxFacts(docxPath)
    const texts = allParagraphs(facts).map((paragraph) => paragraph.text)
    expect(texts).toContain('清委〔2025〕9号签发人：张亚平')
    expect(texts.some((text) => text.includes('全年办理行政复议案件2件'))).toBe(true)
    const report = runChecker(docxPath, false)
    const failed = report.rules.filter((rule) => rule.status === 'FAIL')
    expect(failed).toEqual([])
    expect(report.passed).toBeGreaterThan(10)
  })

  it('offers the autosave back after the tab is closed without saving', async () => {
    await page.locator('section[data-part-id="court-judgments"] > p').first().click()
    await page.keyboard.press('Home')
    await page.keyboard.insertText('我镇无其他需要报告的情况。')
    await expect.poll(() => page.title()).toMatch(/^● /)
    // Autosave runs a few seconds after typing stops, or at once when the window loses focus.
    await page.evaluate(() => window.dispatchEvent(new Event('blur')))
    await expect.poll(() => storedDraft(page)).toContain('我镇无其他需要报告的情况。')
    await page.close({ runBeforeUnload: false })

    page = await session.context.newPage()
    await page.goto(url)
    const banner = page.getByRole('alertdialog', { name: '恢复未保存的报告' })
    await expect.poll(() => banner.textContent()).toContain('清江镇2024年报告.fznb')
    await shot('10-recovery-offered')
    await banner.getByRole('button', { name: '恢复' }).click()
    await expect.poll(() => page.locator('.report-body').innerText()).toContain('我镇无其他需要报告的情况。')
    await shot('11-recovered')
  })

  it('stayed on this machine the whole session', () => {
    expect(session.requests.filter((request) => !isLocal(request))).toEqual([])
    expect(session.errors).toEqual([])
  })
})
