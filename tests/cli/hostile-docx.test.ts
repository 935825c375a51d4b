// Hostile .docx files against the CLI as a clerk runs it, in a child process with a 512 MB heap: deflate
// bombs of 4 GB, archives that lie (entry count, shifted directory, sizes), 100 000 entries, zips in
// zips, a truncated file and an entity bomb. check, export and rollover exit 2 with one Chinese line and
// stay under 512 MB; review reports each as 无法读取 and still writes its .xlsx and .html for the rest.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReviewSummary } from '../../renderer/core/review/review-summary'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { ExcelJS } from '../xlsx/exceljs-reader'
import { summarySheetName } from '../../renderer/xlsx/review-xlsx'
import { expectUserMessage } from '../bad-input/user-message'
import { documentsAtTheCaps, documentWithEmbeddedBombs, refusedDocx } from '../docx/helpers/hostile-docx'
import { sampleReport } from '../editor/sample-report'
import { memoryLimitBytes, runCliLimited, type LimitedCliRun } from './run-cli'

const scratch = mkdtempSync(join(tmpdir(), 'fznb-hostile-'))
const files = join(scratch, 'files')
const pathOf = (name: string): string => join(files, name)

beforeAll(() => {
  mkdirSync(files)
  for (const item of refusedDocx) writeFileSync(pathOf(item.name), item.bytes())
  writeFileSync(pathOf('embedded-bombs.docx'), documentWithEmbeddedBombs())
})

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function expectRefused(run: LimitedCliRun, name: string): void {
  expect(run.code, run.stderr).toBe(2)
  expect(run.stdout).toBe('')
  expect(expectUserMessage(run.stderr.trimEnd())).toBeNull()
  expect(run.stderr).toContain(name)
  expect(run.peakBytes).not.toBeNull()
  expect(run.peakBytes!).toBeLessThan(memoryLimitBytes)
}

describe('check on a hostile .docx', () => {
  it.each(refusedDocx)('refuses $label: exit 2, one Chinese line, under 512 MB', ({ name }) => {
    expectRefused(runCliLimited('check', pathOf(name), '--json'), name)
  })

  it('reads a real document carrying 4 GB bombs as an image and an embedded spreadsheet, under 512 MB', () => {
    const run = runCliLimited('check', pathOf('embedded-bombs.docx'), '--json')
    expect([0, 1], run.stderr).toContain(run.code)
    expect((JSON.parse(run.stdout) as { parts: { status: string }[] }).parts[0]!.status).toBe('present')
    expect(run.peakBytes!).toBeLessThan(memoryLimitBytes)
  })
})

describe('documents just inside the caps', () => {
  it('are read and reviewed within 512 MB (the caps are what keeps any 30 MB input there)', () => {
    const folder = join(scratch, 'at-the-caps')
    mkdirSync(folder)
    for (const { name, bytes } of documentsAtTheCaps()) writeFileSync(join(folder, name), bytes)
    const run = runCliLimited('review', folder, '--json')
    expect(run.code, run.stderr).toBe(1)
    const summary = JSON.parse(run.stdout) as ReviewSummary
    expect(summary.rows.map((row) => [row.file, row.readable])).toEqual([
      ['all-markup.docx', true],
      ['all-text.docx', true],
    ])
    expect(run.peakBytes!).toBeLessThan(memoryLimitBytes)
  })
})

describe('export and rollover on the archives that lie', () => {
  it.each(['lying-count.docx', 'shifted-directory.docx'])('export %s: exit 2, nothing written', (name) => {
    const out = join(scratch, `${name}.out.docx`)
    expectRefused(runCliLimited('export', pathOf(name), '-o', out), name)
    expect(() => readFileSync(out)).toThrow()
  })

  it.each(['lying-count.docx', 'shifted-directory.docx'])('rollover %s: exit 2, nothing written', (name) => {
    const out = join(scratch, `${name}.out.fznb`)
    expectRefused(runCliLimited('rollover', pathOf(name), '-o', out, '--year', '2024'), name)
    expect(() => readFileSync(out)).toThrow()
  })
})

describe('review of a folder with hostile files and a good report', () => {
  const folder = join(scratch, '2023年度报告')
  const xlsx = join(scratch, '汇总.xlsx')
  const html = join(scratch, '汇总.html')
  let run: LimitedCliRun
  let summary: ReviewSummary

  beforeAll(async () => {
    mkdirSync(folder)
    for (const item of refusedDocx) writeFileSync(join(folder, item.name), item.bytes())
    writeFileSync(join(folder, '清江镇.docx'), await exportDocx(sampleReport, { version: 'upward' }))
    run = runCliLimited('review', folder, '--json', '-o', xlsx, '-o', html)
    summary = JSON.parse(run.stdout) as ReviewSummary
  }, 180_000)

  it('goes through the whole folder under 512 MB and writes both outputs', () => {
    expect(run.code, run.stderr).toBe(1)
    expect(run.peakBytes!).toBeLessThan(memoryLimitBytes)
    expect(summary.rows).toHaveLength(refusedDocx.length + 1)
    expect(readFileSync(xlsx).byteLength).toBeGreaterThan(0)
    expect(readFileSync(html, 'utf8')).toContain('无法读取')
  })

  it('has an unreadable row with the Chinese reason for every hostile file, and reads the good one', () => {
    for (const item of refusedDocx) {
      const row = summary.rows.find((candidate) => candidate.file === item.name)
      expect(row?.readable, item.name).toBe(false)
      expect(row?.error?.message).toMatch(/[\u4e00-\u9fff]/)
      expect(row?.sendBack).toContain('unreadable')
    }
    expect(summary.rows.find((row) => row.file === '清江镇.docx')?.readable).toBe(true)
  })

  it('says 无法读取 with the reason in the .xlsx row of each of them', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(xlsx)
    const rows: string[] = []
    workbook.getWorksheet(summarySheetName)!.eachRow((row) => {
      const texts: string[] = []
      row.eachCell((cell) => {
        texts.push(cell.text)
        // The reason stands in the merged cells from 发文机关 to 报送 (review-table.ts), and may be a note too.
        const note: unknown = cell.note
        if (typeof note === 'string') texts.push(note)
        else if (note !== undefined)
          texts.push(...(note as { texts: { text: string }[] }).texts.map((t) => t.text))
      })
      rows.push(texts.join(' '))
    })
    for (const item of refusedDocx) {
      const row = rows.find((text) => text.includes(item.name))
      expect(row, item.name).toContain('无法读取')
      expect(row, item.name).toMatch(new RegExp(`“${item.name.replace('.', '\\.')}”[\\u4e00-\\u9fff]`, 'u'))
    }
  })
})
