// A clerk pastes last year's whole report into a new, empty document — from Word (HTML and text on the clipboard)
// or from a PDF (text broken at every printed line, with page numbers). The app offers 识别为整篇报告: the 版头,
// 标题, 主送, 署名 and 日期 go into the 公文信息 and the parts into the parts, as when the file is opened; 撤销
// brings the document back as it was just before.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openBrowser, type BrowserSession } from './chromium'
import { paste } from './clipboard-paste'

const artifacts = join(import.meta.dirname, '../.artifacts/whole-report-paste')

const report = [
  '中共示范镇委员会文件',
  '示委〔2025〕3号',
  '示范镇2024年法治政府建设年度报告',
  '县委全面依法治县委员会办公室：',
  '2024年，我镇坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：',
  '一、推进法治政府建设的主要举措和成效',
  '（一）加强组织领导。镇党委召开专题会议4次，研究部署法治建设工作。',
  '（二）规范行政执法。全年办理行政处罚案件37件，重大执法决定法制审核12件。',
  '二、存在的不足和原因',
  '执法人员培训不够系统，普法针对性不强。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '镇党委书记带头学法讲法，在年终述职中专题述法。',
  '四、下一年度推进法治政府建设的主要安排',
  '组织执法人员实操培训2次，开展群众法治需求调研。',
  '五、履行法院生效裁判情况',
  '2024年，我镇需履行法院生效裁判1件，已全部履行。',
  '六、其他需要报告的情况',
  '无其他需要报告的情况。',
  '中共示范镇委员会',
  '2025年1月20日',
]

const partHeadings = (page: Page): Promise<string[]> =>
  page.locator('section[data-part-id] > h2').allTextContents()

const expectedHeadings = [
  '一、推进法治政府建设的主要举措和成效',
  '二、存在的不足和原因',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '四、下一年度推进法治政府建设的主要安排',
  '五、履行法院生效裁判情况',
  '六、其他需要报告的情况',
]

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5

interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** The offer bar and its buttons lie whole in the window's page column, clear of the outline and the side panel. */
async function barLaysOut(page: Page): Promise<void> {
  const bar = page.getByRole('status', { name: '识别整篇报告' })
  const box = (await bar.boundingBox())!
  const column = (await page.locator('.page-scroller').boundingBox())!
  const viewport = page.viewportSize()!
  expect(box.x).toBeGreaterThanOrEqual(column.x)
  expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 0.5)
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
  for (const side of ['.outline', '.side-panel']) {
    const panel = await page.locator(side).boundingBox()
    if (panel !== null) expect(overlaps(box, panel), side).toBe(false)
  }
  for (const button of await bar.getByRole('button').all()) {
    const at = (await button.boundingBox())!
    expect(at.x >= box.x && at.x + at.width <= box.x + box.width + 0.5).toBe(true)
    expect(at.y + at.height).toBeLessThanOrEqual(viewport.height)
  }
}

describe('pasting a whole report into an empty document', () => {
  let session: BrowserSession
  let page: Page
  let templateHeadings: string[] = []
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(artifacts, `${name}.png`) })

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    session = await openBrowser()
    page = session.page
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(inject('webUrl'))
  })

  afterAll(async () => {
    await session?.close()
  })

  const newReport = async (): Promise<void> => {
    await page.locator('.start-card input[name=reportYear]').fill('2024')
    await page.getByRole('button', { name: '新建报告' }).click()
    await expect.poll(() => page.locator('section[data-part-id] > h2').count()).toBe(6)
    await page.locator('.report-body p').first().click()
  }

  it('offers 识别为整篇报告 for a report pasted from Word, and fills the 公文信息 and the parts', async () => {
    await newReport()
    templateHeadings = await partHeadings(page)
    const html = report.map((line) => `<p>${line}</p>`).join('')
    await paste(page, { html, text: report.join('\r\n') })
    const offer = page.getByRole('button', { name: '识别为整篇报告' })
    await expect.poll(() => offer.count()).toBe(1)
    expect(await page.getByRole('status', { name: '识别整篇报告' }).textContent()).toContain(
      '文号、标题、主送机关',
    )
    await barLaysOut(page)
    await shot('01-offer-1366')
    await offer.click()
    await expect.poll(() => partHeadings(page)).toEqual(expectedHeadings)
    expect(await page.getByLabel('标题').inputValue()).toBe('示范镇2024年法治政府建设年度报告')
    expect(await page.getByLabel('主送机关').first().inputValue()).toBe('县委全面依法治县委员会办公室')
    expect(await page.locator('.page-doc-line').textContent()).toContain('示委〔2025〕3号')
    expect(await page.locator('.page-date').textContent()).toBe('2025年1月20日')
    const body = await page.locator('.report-body').innerText()
    expect(body).not.toContain('示委〔2025〕3号')
    expect(body).not.toContain('县委全面依法治县委员会办公室：')
    expect(body).toContain('无其他需要报告的情况。')
    await expect.poll(() => page.title()).toMatch(/^●/)
    expect(await page.getByTestId('status-message').textContent()).toContain('已识别为整篇报告')
    await shot('02-recognised')
  })

  it('takes the recognition back with 撤销, the pasted text still there', async () => {
    await page.getByRole('status', { name: '识别整篇报告' }).getByRole('button', { name: '撤销' }).click()
    await expect.poll(() => partHeadings(page)).toEqual(templateHeadings)
    expect(await page.getByTestId('status-message').textContent()).toContain('已撤销识别')
    expect(await page.locator('.report-body').innerText()).toContain('示委〔2025〕3号')
  })

  it('recognises a report copied from a PDF, its page-edge breaks joined and its page numbers gone', async () => {
    page.once('dialog', (dialog) => void dialog.accept())
    await page.keyboard.press('Control+n')
    await page.setViewportSize({ width: 1024, height: 640 })
    await newReport()
    const pdf = [
      '示范镇2024年法治政府建设年度报告',
      '',
      '县委全面依法治县委员会办公室：',
      '　　2024年，我镇坚持以习近平法治思想为指导，全面推进依',
      '法行政。现将有关情况报告如下：',
      '　　一、推进法治政府建设的主要举措和成效',
      '　　全年办理行政处罚案件37件，重大执法决定法制审核12件，',
      '行政复议案件2件，无一被撤销或确认违法，执法全过程记录',
      '',
      '— 1 —',
      '',
      '覆盖率达到100%。',
      '　　二、存在的不足和原因',
      '　　执法人员培训不够系统。',
      '　　三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '　　镇党委书记带头学法讲法。',
      '　　四、下一年度推进法治政府建设的主要安排',
      '　　组织执法人员实操培训2次。',
      '　　　　　　　　　　　　　　　　示范镇人民政府',
      '　　　　　　　　　　　　　　　　2025年1月20日',
      '',
      '— 2 —',
    ].join('\n')
    await paste(page, { text: pdf })
    const offer = page.getByRole('button', { name: '识别为整篇报告' })
    await expect.poll(() => offer.count()).toBe(1)
    await barLaysOut(page)
    await shot('03-offer-1024')
    await offer.click()
    await expect.poll(() => partHeadings(page)).toEqual(expectedHeadings.slice(0, 4))
    const measures = await page.locator('section[data-part-id="measures"] > p').allInnerTexts()
    expect(measures).toEqual([
      '全年办理行政处罚案件37件，重大执法决定法制审核12件，行政复议案件2件，无一被撤销或确认违法，执法全过程记录覆盖率达到100%。',
    ])
    expect(await page.locator('.report-body').innerText()).not.toMatch(/— \d —/)
    expect(await page.locator('.page-signature').allTextContents()).toEqual(['示范镇人民政府'])
    await shot('04-recognised-1024')
  })

  it('pastes a few paragraphs into an empty document as they are, with no offer', async () => {
    page.once('dialog', (dialog) => void dialog.accept())
    await page.keyboard.press('Control+n')
    await newReport()
    await paste(page, { text: '一是加强学习。\r\n二是完善制度。' })
    await expect.poll(() => page.locator('.report-body').innerText()).toContain('二是完善制度。')
    expect(await page.getByRole('status', { name: '识别整篇报告' }).count()).toBe(0)
  })

  it('had no errors', () => {
    expect(session.errors).toEqual([])
  })
})
