// End to end for `npm run cli -- review DIR`: a folder like the one a county office collects — the real
// reports as text, their LibreOffice .docx conversions, our own exports, an app file, a corrupt file and
// a report with a part removed — reviewed in one run that writes the .xlsx and the HTML page and prints
// --json. The table is asserted per file, the .xlsx is read back with exceljs cell by cell, and the page
// is opened in headless Chromium (and a screenshot kept in tests/.artifacts/review/).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './run-cli'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { serializeReportFile } from '../../renderer/core/report-file'
import type { ReviewSummary } from '../../renderer/core/review/review-summary'
import { reviewTable } from '../../renderer/core/review/review-table'
import { reviewFindings } from '../../renderer/core/review/review-findings'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { ExcelJS } from '../xlsx/exceljs-reader'
import { findingsSheetName, summarySheetName } from '../../renderer/xlsx/review-xlsx'
import { toneColors } from '../../renderer/xlsx/tone-colors'
import { openBrowser } from '../browser/chromium'
import { convertToDocx } from '../docx/helpers/convert-to-docx'
import { FIXTURES_DIR, fixtureNames, fixtureReport } from '../docx/helpers/fixture-reports'

const root = fileURLToPath(new URL('../../', import.meta.url))
const ownFixtures = fileURLToPath(new URL('../fixtures/reports/', import.meta.url))
const artifacts = join(root, 'tests/.artifacts/review')
const scratch = mkdtempSync(join(tmpdir(), 'fznb-review-'))
const folder = join(scratch, '2023年度报告')
const template = defaultTemplate()

const cli = runCli

function put(relative: string, data: string | Uint8Array) {
  const path = join(folder, relative)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, data)
}

async function buildFolder() {
  for (const name of fixtureNames) {
    put(`文本/${name}.txt`, readFileSync(join(FIXTURES_DIR, `${name}.txt`)))
    put(`导出/${name}.docx`, await exportDocx(fixtureReport(name)))
  }
  copyFileSync(join(ownFixtures, 'nanhu-2023.txt'), join(folder, '文本/nanhu-2023.txt'))
  // LibreOffice "save as Word" of the plain texts: converted outside the folder, so only the .docx is in it.
  const converting = join(scratch, 'lo')
  mkdirSync(converting)
  mkdirSync(join(folder, 'LibreOffice'))
  for (const name of fixtureNames) {
    copyFileSync(
      convertToDocx(join(FIXTURES_DIR, `${name}.txt`), converting),
      join(folder, `LibreOffice/${name}.docx`),
    )
  }
  const qingjiang = readFileSync(join(FIXTURES_DIR, 'qingjiang-2023.txt'), 'utf8')
  const withoutPart =
    qingjiang.slice(0, qingjiang.indexOf('三、单位主要负责人')) +
    qingjiang.slice(qingjiang.indexOf('四、2024年'))
  put('缺部分/qingjiang-无第一责任人.txt', withoutPart)
  put(
    '坏文件/损坏.docx',
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('半截下载的文件')]),
  )
  put(
    'app/beiliu.fznb',
    serializeReportFile({ templateId: template.id, report: fixtureReport('beiliu-2023') }),
  )
  // Not submissions: a Word lock file, a hidden file, another format.
  put('导出/~$qingjiang-2023.docx', 'lock')
  put('.DS_Store.txt', 'x')
  put('文本/说明.pdf', '%PDF-1.4')
}

let summary: ReviewSummary
let exitCode: number | null
let stderr: string
const xlsxPath = join(scratch, '汇总.xlsx')
const htmlPath = join(scratch, '汇总.html')

beforeAll(async () => {
  await buildFolder()
  const run = cli('review', folder, '--json', '-o', xlsxPath, '-o', htmlPath)
  exitCode = run.code
  stderr = run.stderr
  summary = JSON.parse(run.stdout) as ReviewSummary
}, 240_000)

describe('review --json', () => {
  it('exits 1 (reports go back), prints one JSON object and confirms the outputs on stderr', () => {
    expect(exitCode).toBe(1)
    expect(Object.keys(summary)).toEqual(['folder', 'templateId', 'rows', 'totals'])
    expect(stderr).toBe(`已写出审阅汇总：${xlsxPath}\n已写出审阅汇总：${htmlPath}\n`)
  })

  // One row per report, in path order (nanhu is dated 2024年03月08日: late). Per file: readable, year, on time, the two parts reviewers look
  // for first, complete, layout conforming (null: not a .docx), why it goes back.
  const expected = [
    [
      'LibreOffice/beiliu-2023.docx',
      true,
      2023,
      true,
      'present',
      'present',
      false,
      false,
      ['incomplete', 'format'],
    ],
    [
      'LibreOffice/gongchuan-2023.docx',
      true,
      2023,
      true,
      'missing',
      'missing',
      false,
      false,
      ['incomplete', 'format'],
    ],
    [
      'LibreOffice/qingjiang-2023.docx',
      true,
      2023,
      false,
      'present',
      'missing',
      false,
      false,
      ['incomplete', 'format'],
    ],
    ['app/beiliu.fznb', true, 2023, true, 'present', 'present', false, null, ['incomplete']],
    ['坏文件/损坏.docx', false, null, null, null, null, null, null, ['unreadable']],
    ['导出/beiliu-2023.docx', true, 2023, true, 'present', 'present', false, true, ['incomplete']],
    ['导出/gongchuan-2023.docx', true, 2023, true, 'missing', 'missing', false, true, ['incomplete']],
    ['导出/qingjiang-2023.docx', true, 2023, false, 'present', 'missing', false, true, ['incomplete']],
    ['文本/beiliu-2023.txt', true, 2023, true, 'present', 'present', false, null, ['incomplete']],
    ['文本/gongchuan-2023.txt', true, 2023, true, 'missing', 'missing', false, null, ['incomplete']],
    ['文本/nanhu-2023.txt', true, 2023, false, 'present', 'present', false, null, ['incomplete']],
    ['文本/qingjiang-2023.txt', true, 2023, false, 'present', 'missing', false, null, ['incomplete']],
    [
      '缺部分/qingjiang-无第一责任人.txt',
      true,
      2023,
      false,
      'missing',
      'missing',
      false,
      null,
      ['incomplete'],
    ],
  ] as const

  it('has one row per report in path order, skipping lock files, hidden files and other formats', () => {
    expect(summary.rows.map((row) => row.file)).toEqual(expected.map(([file]) => file))
  })

  it.each(expected)(
    '%s',
    (file, readable, year, onTime, firstResponsible, court, complete, conforming, sendBack) => {
      const row = summary.rows.find((candidate) => candidate.file === file)!
      const status = (id: string) => row.parts.find((part) => part.id === id)?.status ?? null
      expect({
        readable: row.readable,
        year: row.reportYear,
        onTime: row.deadline?.onTime ?? null,
        firstResponsible: status('first-responsible'),
        court: status('court-judgments'),
        complete: row.complete,
        conforming: row.format?.conforming ?? null,
        sendBack: row.sendBack,
      }).toEqual({ readable, year, onTime, firstResponsible, court, complete, conforming, sendBack })
    },
  )

  it('says why the corrupt file could not be read, in Chinese', () => {
    const row = summary.rows.find((candidate) => candidate.file === '坏文件/损坏.docx')!
    expect(row.error?.code).toBe('not-a-docx')
    expect(row.error?.message).toMatch(/损坏\.docx.*不是有效的 Word 文档/)
  })

  it('reads the same report the same way from text, LibreOffice .docx and our export', () => {
    for (const name of fixtureNames) {
      const pick = (file: string) => summary.rows.find((row) => row.file === file)!
      const text = pick(`文本/${name}.txt`)
      for (const other of [pick(`LibreOffice/${name}.docx`), pick(`导出/${name}.docx`)]) {
        expect({
          file: other.file,
          issuer: other.issuer,
          date: other.date,
          parts: other.parts.map((p) => p.status),
        }).toEqual({
          file: other.file,
          issuer: text.issuer,
          date: text.date,
          parts: text.parts.map((p) => p.status),
        })
      }
    }
  })

  it('finds the layout defects of the LibreOffice conversions and the bad 文号 of nanhu', () => {
    const lo = summary.rows.find((row) => row.file === 'LibreOffice/qingjiang-2023.docx')!
    expect(lo.format?.checks.filter((check) => check.status === 'fail').map((check) => check.id)).toEqual([
      'page-margins',
      'line-grid',
      'body-font',
      'body-size',
      'page-numbers',
      'imprint',
    ])
    const nanhu = summary.rows.find((row) => row.file === '文本/nanhu-2023.txt')!
    expect(nanhu.findings.some((finding) => finding.rule === 'doc-number-format')).toBe(true)
    expect(nanhu.findings.some((finding) => finding.rule === 'wrong-term')).toBe(true)
  })

  it('counts', () => {
    expect(summary.totals).toEqual({
      reports: 13,
      unreadable: 1,
      complete: 0,
      onTime: 7,
      late: 5,
      conforming: 3,
      formatChecked: 6,
      sendBack: 13,
    })
  })
})

describe('review -o summary.xlsx', () => {
  it('holds the review table cell by cell, coloured by tone, and every finding on the second sheet', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(xlsxPath) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet(summarySheetName)!
    const table = reviewTable(summary, template)
    expect(sheet.getCell(1, 1).value).toBe('报告')
    expect(sheet.getCell(1, 7).value).toBe('组成部分')
    expect(sheet.getCell(1, 7 + template.parts.length).value).toBe('必备事项')
    expect(sheet.getCell(1, 2).isMerged).toBe(true)
    table.columns.forEach((column, index) => expect(sheet.getCell(2, index + 1).value).toBe(column.label))
    expect(sheet.rowCount).toBe(2 + summary.rows.length)
    table.rows.forEach((row, rowIndex) => {
      row.cells.forEach((cell, columnIndex) => {
        const excel = sheet.getCell(rowIndex + 3, columnIndex + 1)
        // A column another cell covers is part of that cell's merge in the sheet.
        if (cell.span === 0) return expect(excel.isMerged).toBe(true)
        const fill = excel.fill?.type === 'pattern' ? (excel.fill.fgColor?.argb ?? null) : null
        expect({
          at: `${row.file} ${table.columns[columnIndex]!.id}`,
          text: String(excel.value as string | number),
          fill,
          note: excel.note ?? null,
        }).toEqual({
          at: `${row.file} ${table.columns[columnIndex]!.id}`,
          text: cell.text,
          fill: cell.tone === 'none' ? null : toneColors[cell.tone].fill,
          note: cell.note === null || cell.note === '' ? null : cell.note,
        })
      })
    })
    // The row a reviewer returns first: no 第一责任人 part, red.
    const missingRow = summary.rows.findIndex((row) => row.file === '缺部分/qingjiang-无第一责任人.txt') + 3
    const column = table.columns.findIndex((c) => c.id === 'part:first-responsible') + 1
    expect(sheet.getCell(missingRow, column).value).toBe('缺')
    expect(sheet.getCell(missingRow, column).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } })

    const findings = workbook.getWorksheet(findingsSheetName)!
    const all = reviewFindings(summary)
    expect(findings.getRow(1).values).toEqual([
      undefined,
      '文件',
      '类别',
      '严重程度',
      '规则',
      '部分',
      '行',
      '说明',
    ])
    expect(findings.rowCount).toBe(1 + all.length)
    all.forEach((finding, index) => {
      const row = findings.getRow(index + 2)
      expect([row.getCell(1).value, row.getCell(4).value, row.getCell(7).value]).toEqual([
        finding.file,
        finding.ruleName,
        finding.message,
      ])
    })
  })
})

describe('review -o summary.html', () => {
  it('opens in Chromium with no network, shows every report and colours the cells', async () => {
    const browser = await openBrowser()
    try {
      const { page } = browser
      await page.goto(pathToFileURL(htmlPath).href)
      expect(browser.requests).toEqual([pathToFileURL(htmlPath).href])
      expect(browser.errors).toEqual([])
      expect(await page.title()).toBe('法治政府建设年度报告审阅汇总')
      expect(await page.locator('.review-table tbody tr').count()).toBe(13)
      const missing = page.locator(
        'tr[data-file="缺部分/qingjiang-无第一责任人.txt"] td[data-column="part:first-responsible"]',
      )
      expect(await missing.textContent()).toBe('缺')
      expect(await missing.evaluate((cell) => getComputedStyle(cell).backgroundColor)).toBe(
        'rgb(255, 199, 206)',
      )
      const good = page.locator(
        'tr[data-file="导出/qingjiang-2023.docx"] td[data-column="format:page-margins"]',
      )
      expect(await good.evaluate((cell) => getComputedStyle(cell).backgroundColor)).toBe('rgb(198, 239, 206)')
      expect(await page.locator('section h3').allTextContents()).toEqual(summary.rows.map((row) => row.file))
      mkdirSync(artifacts, { recursive: true })
      await page.screenshot({ path: join(artifacts, 'review-page.png') })
      await page.locator('a[href="#report-5"]').click()
      await page.screenshot({ path: join(artifacts, 'review-page-findings.png') })
    } finally {
      await browser.close()
    }
  })
})

describe('review without outputs, and bad invocations', () => {
  it('prints one line per report and the totals', () => {
    const run = cli('review', join(folder, '文本'))
    expect(run.code).toBe(1)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[2]).toMatch(
      /^✘ nanhu-2023\.txt：南湖乡人民政府，2023 年度，逾期，错误 \d+ 处，版式不适用；退回（内容不完整）$/,
    )
    // Plain texts only: no layout to score, so 不适用 rather than 0/0.
    expect(lines[4]).toBe(
      '共 4 份，通过 0 份，退回 4 份；按时 2 份，逾期 2 份；Word 文档版式不适用（没有可检查版式的 Word 文档）。',
    )
  })

  it.each([
    ['a missing folder', [join(scratch, '没有这个文件夹')], /^找不到文件夹：/],
    ['a folder without reports', [mkdtempSync(join(tmpdir(), 'fznb-empty-'))], /没有可审阅的报告/],
    ['an unknown output type', [folder, '-o', join(scratch, '汇总.pdf')], /应以 \.xlsx 或 \.html 结尾/],
    ['an unknown flag', [folder, '--fast'], /参数有误/],
  ])('%s → exit 2 with one Chinese line', (_name, args, message) => {
    const run = cli('review', ...args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(message)
  })
})
