// Sheet 问题清单 of the review workbook: every finding of the review (review-findings.ts), one a row, with the
// file, its kind, severity, rule, part, line and message; the severity filled by tone, the header filterable.
import type { Worksheet } from 'exceljs'
import { findingSourceLabels, reviewFindings, severityLabels } from '../core/review/review-findings'
import type { ReviewSummary } from '../core/review/review-summary'
import type { Template } from '../core/template-schema'
import { toneColors } from './tone-colors'

export function writeFindingsSheet(sheet: Worksheet, summary: ReviewSummary, template: Template): void {
  sheet.columns = [
    { header: '文件', key: 'file', width: 30 },
    { header: '类别', key: 'source', width: 8 },
    { header: '严重程度', key: 'severity', width: 10 },
    { header: '规则', key: 'rule', width: 22 },
    { header: '部分', key: 'part', width: 18 },
    { header: '行', key: 'line', width: 6 },
    { header: '说明', key: 'message', width: 90 },
  ]
  sheet.getRow(1).font = { bold: true }
  for (const finding of reviewFindings(summary)) {
    const partName =
      finding.part === null
        ? ''
        : (template.parts.find((part) => part.id === finding.part)?.name ?? finding.part)
    const row = sheet.addRow({
      file: finding.file,
      source: findingSourceLabels[finding.source],
      severity: severityLabels[finding.severity],
      rule: finding.ruleName,
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
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 } }
}
