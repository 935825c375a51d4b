// The review summary as an .xlsx (exceljs): sheet 汇总 is the review table — one row per report, one
// column per part, item and layout check, cells filled green/yellow/red as in Excel's own "good/neutral/
// bad" styles, details as cell notes; sheet 问题清单 lists every finding with its message. Returns bytes and
// touches no file system, so the CLI writes them atomically and the app (审阅模式) hands them to the Bridge.
import type { Template } from '../core/template-schema'
import { findingSourceLabels, reviewFindings, severityLabels } from '../core/review/review-findings'
import type { ReviewSummary } from '../core/review/review-summary'
import { columnGroupLabels, reviewTable, type CellTone } from '../core/review/review-table'
import { ExcelJS } from './exceljs-module'

/** Excel's built-in Good / Neutral / Bad cell styles, so the sheet reads like any office spreadsheet. */
export const toneColors: Readonly<Record<Exclude<CellTone, 'none'>, { fill: string; font: string }>> = {
  good: { fill: 'FFC6EFCE', font: 'FF006100' },
  warn: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  bad: { fill: 'FFFFC7CE', font: 'FF9C0006' },
}

const HEADER_FILL = 'FFDDE3EA'

export const summarySheetName = '汇总'
export const findingsSheetName = '问题清单'

export async function reviewXlsx(summary: ReviewSummary, template: Template): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '法治年报'
  const table = reviewTable(summary, template)
  const sheet = workbook.addWorksheet(summarySheetName, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }],
  })

  // Row 1: column groups, merged over their columns; row 2: column labels.
  let start = 1
  table.columns.forEach((column, index) => {
    const next = table.columns[index + 1]
    if (next !== undefined && next.group === column.group) return
    const end = index + 1
    if (end > start) sheet.mergeCells(1, start, 1, end)
    sheet.getCell(1, start).value = columnGroupLabels[column.group]
    start = end + 1
  })
  sheet.getRow(2).values = table.columns.map((column) => column.label)
  for (const rowNumber of [1, 2]) {
    const row = sheet.getRow(rowNumber)
    row.font = { bold: true }
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    row.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }
    })
  }
  sheet.getRow(2).height = 48

  table.rows.forEach((row, rowIndex) => {
    const excelRow = sheet.getRow(rowIndex + 3)
    row.cells.forEach((cell, columnIndex) => {
      const target = excelRow.getCell(columnIndex + 1)
      const column = table.columns[columnIndex]
      // Years and counts as numbers, so the office can sum and filter them.
      target.value =
        (column?.id === 'reportYear' || column?.group === 'findings') && /^\d+$/.test(cell.text)
          ? Number(cell.text)
          : cell.text
      target.alignment = { horizontal: columnIndex < 2 ? 'left' : 'center', vertical: 'middle' }
      if (cell.tone !== 'none') {
        const colors = toneColors[cell.tone]
        target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colors.fill } }
        target.font = { color: { argb: colors.font } }
      }
      if (cell.note !== null && cell.note !== '') target.note = cell.note
    })
  })
  table.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width =
      column.id === 'file' ? 30 : column.id === 'issuer' ? 28 : column.group === 'report' ? 12 : 9
  })

  const findings = workbook.addWorksheet(findingsSheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  findings.columns = [
    { header: '文件', key: 'file', width: 30 },
    { header: '类别', key: 'source', width: 8 },
    { header: '严重程度', key: 'severity', width: 10 },
    { header: '规则', key: 'rule', width: 22 },
    { header: '部分', key: 'part', width: 18 },
    { header: '行', key: 'line', width: 6 },
    { header: '说明', key: 'message', width: 90 },
  ]
  findings.getRow(1).font = { bold: true }
  for (const finding of reviewFindings(summary)) {
    const partName =
      finding.part === null
        ? ''
        : (template.parts.find((part) => part.id === finding.part)?.name ?? finding.part)
    const row = findings.addRow({
      file: finding.file,
      source: findingSourceLabels[finding.source],
      severity: severityLabels[finding.severity],
      rule: finding.rule,
      part: partName,
      line: finding.line ?? '',
      message: finding.message,
    })
    const tone =
      finding.severity === 'error' ? toneColors.bad : finding.severity === 'warning' ? toneColors.warn : null
    if (tone !== null) {
      const cell = row.getCell('severity')
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: tone.fill } }
      cell.font = { color: { argb: tone.font } }
    }
  }
  findings.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 } }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
