// The review workbook read back with exceljs: what a county office sees in Excel for a few synthetic reports.
import { DOMParser } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Workbook, Worksheet } from 'exceljs'
import { rules } from '../../renderer/core/check/rules/index'
import { reviewTable } from '../../renderer/core/review/review-table'
import { ExcelJS } from './exceljs-reader'
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
  bytes = reviewXlsx(summary, template)
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

describe('sheet 汇总, a report without layout', () => {
  it.each(['清江镇.txt', '北留镇.fznb'])(
    '%s: 不适用, merged over the layout columns, never a blank',
    (file) => {
      const row = rowOf(file)
      const first = columnOf('format:page-size')
      const last = columnOf('format:imprint')
      expect(sheet.getCell(row, first).value).toBe('不适用')
      expect(sheet.getCell(row, last).master.address).toBe(sheet.getCell(row, first).address)
      expect(sheet.getCell(row, first).note).toMatch(/没有版式/)
    },
  )
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

describe('printing', () => {
  const part = (path: string): Document => {
    const xml = unzipSync(bytes)[path]
    if (xml === undefined) throw new Error(`${path} is missing from the workbook`)
    return new DOMParser().parseFromString(strFromU8(xml), 'text/xml')
  }
  // xmldom's lists are not iterable, and it reads an absent attribute as ''.
  const elements = (doc: Document, tag: string): Element[] => {
    const list = doc.getElementsByTagName(tag)
    return Array.from({ length: list.length }, (_, index) => list.item(index)!)
  }
  const attributes = (
    doc: Document,
    tag: string,
    names: readonly string[],
  ): Record<string, string | null> => {
    const element = elements(doc, tag)[0]
    return Object.fromEntries(
      names.map((name) => [name, element?.hasAttribute(name) === true ? element.getAttribute(name) : null]),
    )
  }

  it.each([
    ['xl/worksheets/sheet1.xml', summarySheetName, "'汇总'!$1:$2", { xSplit: '1', ySplit: '2' }],
    ['xl/worksheets/sheet2.xml', findingsSheetName, "'问题清单'!$1:$1", { xSplit: null, ySplit: '1' }],
  ])(
    '%s (%s): A4 landscape, one page wide, its header rows on every page and frozen',
    (path, name, titles, split) => {
      const sheetXml = part(path)
      expect(
        attributes(sheetXml, 'pageSetup', ['paperSize', 'orientation', 'fitToWidth', 'fitToHeight']),
      ).toEqual({
        paperSize: '9',
        orientation: 'landscape',
        fitToWidth: '1',
        fitToHeight: '0',
      })
      // Without fitToPage, Excel ignores fitToWidth and prints at 100 %.
      expect(attributes(sheetXml, 'pageSetUpPr', ['fitToPage'])).toEqual({ fitToPage: '1' })
      expect(attributes(sheetXml, 'pane', ['state', 'xSplit', 'ySplit'])).toEqual({
        state: 'frozen',
        ...split,
      })
      const workbookXml = part('xl/workbook.xml')
      const sheetIndex = elements(workbookXml, 'sheet').findIndex(
        (sheet) => sheet.getAttribute('name') === name,
      )
      const printTitles = elements(workbookXml, 'definedName').find(
        (defined) =>
          defined.getAttribute('name') === '_xlnm.Print_Titles' &&
          defined.getAttribute('localSheetId') === String(sheetIndex),
      )
      expect(printTitles?.textContent).toBe(titles)
    },
  )
})
