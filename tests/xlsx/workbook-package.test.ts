// The .xlsx writer on its own: every SpreadsheetML part valid against the ECMA-376 transitional schema (sml.xsd,
// checked with xmllint, as the .docx parts are), every part of the package typed, every note with the box Excel
// shows it in, hostile text escaped, and the workbook read back by an independent reader (exceljs).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { reviewXlsx } from '../../renderer/xlsx/review-xlsx'
import { cellReference, columnName, type Sheet } from '../../renderer/xlsx/sheet'
import { workbookBytes } from '../../renderer/xlsx/workbook-package'
import { syntheticSummary, template } from '../core/review/synthetic-review'
import { requireTool } from '../docx/helpers/require-tool'
import { ExcelJS } from './exceljs-reader'

const SML_SCHEMA = join(import.meta.dirname, '../../../shared/tools/ooxml/xsd/sml.xsd')
const scratch = mkdtempSync(join(tmpdir(), 'fznb-xlsx-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A sheet holding what a hostile report can put in a file name or a message. */
const hostileSheet: Sheet = {
  name: "张家's 表",
  columnWidths: [20, 12],
  rows: [
    {
      cells: [
        { value: '文件', style: { bold: true } },
        { value: '说明', style: { bold: true } },
      ],
    },
    {
      cells: [
        { value: 'a&b<c>"d"\u0001\u000b.docx', note: '批注 <含> & 控制符\u0002' },
        { value: 42, style: { fill: 'FFFFC7CE', color: 'FF9C0006', horizontal: 'center' } },
      ],
      height: 30,
    },
    { cells: [null, { value: '' }] },
  ],
  merges: [{ firstRow: 3, firstColumn: 1, lastRow: 3, lastColumn: 2 }],
  frozenRows: 1,
  frozenColumns: 0,
  autoFilter: { firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 2 },
}

const workbooks = {
  review: reviewXlsx(syntheticSummary(), template),
  hostile: workbookBytes([hostileSheet], '法治年报'),
}

/** Runs xmllint on a part written out under `scratch`; returns its complaints, '' when the part is valid. */
function schemaErrors(name: string, path: string, xml: Uint8Array): string {
  const xmllint = requireTool('xmllint')
  const file = join(scratch, name, path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, xml)
  const run = spawnSync(xmllint, ['--noout', '--schema', SML_SCHEMA, file], { encoding: 'utf8' })
  if (run.status !== 0 && !run.stderr.includes('fails to validate'))
    throw new Error(`xmllint could not check ${path}: ${run.stderr}`)
  return run.status === 0 ? '' : run.stderr
}

describe.each(Object.entries(workbooks))('the %s workbook', (name, bytes) => {
  const parts = unzipSync(bytes)

  it('has every SpreadsheetML part valid against the ECMA-376 transitional schema', () => {
    const checked = Object.keys(parts).filter((path) =>
      /^xl\/(?!_rels\/|worksheets\/_rels\/).*\.xml$/.test(path),
    )
    expect(checked).toEqual(
      expect.arrayContaining(['xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']),
    )
    expect(checked.filter((path) => path.startsWith('xl/worksheets/')).length).toBeGreaterThan(0)
    expect(checked.filter((path) => path.startsWith('xl/comments')).length).toBe(1)
    for (const path of checked) expect(schemaErrors(name, path, parts[path]!), path).toBe('')
  })

  it('names the content type of every part, the content types first in the archive', () => {
    expect(Object.keys(parts)[0]).toBe('[Content_Types].xml')
    const types = strFromU8(parts['[Content_Types].xml']!)
    const defaults = [...types.matchAll(/Default Extension="([^"]+)"/g)].map((match) => match[1])
    const overrides = [...types.matchAll(/Override PartName="\/([^"]+)"/g)].map((match) => match[1])
    for (const path of Object.keys(parts).filter((part) => part !== '[Content_Types].xml')) {
      const extension = path.slice(path.lastIndexOf('.') + 1)
      expect(overrides.includes(path) || (extension !== 'xml' && defaults.includes(extension)), path).toBe(
        true,
      )
    }
    for (const path of overrides) expect(parts[path!], path).toBeDefined()
  })

  it('gives every note a box in the drawing at its own cell, and the drawing to the sheet', () => {
    const comments = strFromU8(parts['xl/comments1.xml']!)
    const vml = strFromU8(parts['xl/drawings/vmlDrawing1.vml']!)
    const noted = [...comments.matchAll(/<comment ref="([A-Z]+\d+)"/g)].map((match) => match[1])
    const boxes = [...vml.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((match) =>
      cellReference(Number(match[1]) + 1, Number(match[2]) + 1),
    )
    expect(noted.length).toBeGreaterThan(0)
    expect(boxes).toEqual(noted)
    const ids = [...vml.matchAll(/<v:shape id="([^"]+)"/g)].map((match) => match[1])
    expect(new Set(ids).size).toBe(ids.length)
    expect(strFromU8(parts['xl/worksheets/sheet1.xml']!)).toMatch(
      /<legacyDrawing r:id="rId2"\/><\/worksheet>$/,
    )
    expect(strFromU8(parts['xl/worksheets/_rels/sheet1.xml.rels']!)).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"',
    )
  })
})

describe('hostile text', () => {
  it('reads back as written, markup escaped and the characters XML forbids left out', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(workbooks.hostile.buffer as ArrayBuffer)
    const sheet = workbook.getWorksheet("张家's 表")!
    expect(sheet.getCell('A2').value).toBe('a&b<c>"d".docx')
    expect(sheet.getCell('A2').note).toBe('批注 <含> & 控制符')
    expect(sheet.getCell('B2').value).toBe(42)
    expect(sheet.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } })
    expect(sheet.getCell('B2').font).toMatchObject({ color: { argb: 'FF9C0006' } })
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true })
    expect(sheet.getRow(2).height).toBe(30)
    expect(sheet.getCell('B3').master.address).toBe('A3')
    expect(sheet.getColumn(1).width).toBe(20)
    const workbookXml = strFromU8(unzipSync(workbooks.hostile)['xl/workbook.xml']!)
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;张家&apos;&apos;s 表&apos;!$1:$1</definedName>',
    )
  })
})

describe('a long sheet', () => {
  it('writes a 问题清单 of 200 000 rows, more than a function call takes arguments', () => {
    const rows = Array.from({ length: 200_000 }, (_, index) => ({
      cells: [{ value: `报告${String(index)}.docx` }, { value: index }],
    }))
    const bytes = workbookBytes(
      [{ name: '问题清单', columnWidths: [30], rows, merges: [], frozenRows: 1, frozenColumns: 0 }],
      '法治年报',
    )
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)
    expect(sheet).toContain('<dimension ref="A1:B200000"/>')
    expect(sheet).toContain('<c r="B200000"><v>199999</v></c>')
  })
})

describe('cell references', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s', (column, name) => {
    expect(columnName(column)).toBe(name)
  })
})
