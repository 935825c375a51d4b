// The review workbook read back with exceljs: what a county office sees in Excel for a few synthetic reports.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Workbook, Worksheet } from 'exceljs'
import { rules } from '../../renderer/core/check/rules/index'
import { reviewTable } from '../../renderer/core/review/review-table'
import { ExcelJS } from '../../renderer/xlsx/exceljs-module'
import { findingsSheetName, reviewXlsx, summarySheetName } from '../../renderer/xlsx/review-xlsx'
import { toneColors } from '../../renderer/xlsx/tone-colors'
import { notADocx, syntheticSummary, template } from '../core/review/synthetic-review'

const summary = syntheticSummary()
const table = reviewTable(summary, template)
let bytes: Uint8Array
let workbook: Workbook
let sheet: Worksheet

const columnOf = (id: string): number => table.columns.findIndex((column) => column.id === id) + 1
const rowOf = (file: string): number => summary.rows.findIndex((row) => row.file === file) + 3

beforeAll(async () => {
  bytes = await reviewXlsx(summary, template)
  workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer)
  sheet = workbook.getWorksheet(summarySheetName)!
})

describe('sheet 汇总', () => {
  it('shows why a file could not be read in a red cell merged over the columns it leaves blank', () => {
    const row = rowOf('坏.docx')
    const reason = sheet.getCell(row, columnOf('issuer'))
    expect(reason.value).toBe(notADocx.message)
    expect(reason.fill).toMatchObject({ fgColor: { argb: toneColors.bad.fill } })
    expect(reason.alignment).toMatchObject({ wrapText: true })
    expect(sheet.getCell(row, columnOf('deadline')).isMerged).toBe(true)
    expect(sheet.getCell(row, columnOf('deadline')).master.address).toBe(reason.address)
    expect(sheet.getCell(row, columnOf('verdict')).isMerged).toBe(false)
    // Excel does not grow a row for a merged cell's wrapped text: the row is made tall enough for its lines.
    expect(sheet.getRow(row).height).toBeGreaterThanOrEqual(30)
  })
})

describe('sheet 问题清单', () => {
  it('names each finding’s rule in Chinese, never by its id', () => {
    const findings = workbook.getWorksheet(findingsSheetName)!
    expect(findings.getCell(1, 4).value).toBe('规则')
    const names = findings.getColumn(4).values.slice(2).map(String)
    expect(names).toContain('缺少组成部分')
    expect(names).toContain('无法读取')
    const ids = new Set(rules.map((rule) => rule.id))
    expect(names.filter((name) => ids.has(name) || /[a-z]/.test(name))).toEqual([])
  })
})
