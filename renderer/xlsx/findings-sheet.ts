// Sheet 问题清单 of the review workbook: every finding of the review (review-findings.ts), one a row, with the
// file, its kind, severity, rule, part, line and message; the severity filled by tone, the header filterable.
import { findingSourceLabels, reviewFindings, severityLabels } from '../core/review/review-findings'
import type { ReviewSummary } from '../core/review/review-summary'
import type { Template } from '../core/template-schema'
import type { CellStyle, Sheet, SheetRow } from './sheet'
import { toneColors } from './tone-colors'

const COLUMNS: readonly (readonly [label: string, width: number])[] = [
  ['文件', 30],
  ['类别', 8],
  ['严重程度', 10],
  ['规则', 22],
  ['部分', 18],
  ['行', 6],
  ['说明', 90],
]

export function findingsSheet(name: string, summary: ReviewSummary, template: Template): Sheet {
  const partNames = new Map(template.parts.map((part) => [part.id, part.name]))
  const header: SheetRow = { cells: COLUMNS.map(([label]) => ({ value: label, style: { bold: true } })) }
  const rows = reviewFindings(summary).map((finding): SheetRow => {
    const tone =
      finding.severity === 'error' ? toneColors.bad : finding.severity === 'warning' ? toneColors.warn : null
    const severityStyle: CellStyle | undefined =
      tone === null ? undefined : { fill: tone.fill, color: tone.font }
    return {
      cells: [
        { value: finding.file },
        { value: findingSourceLabels[finding.source] },
        { value: severityLabels[finding.severity], style: severityStyle },
        { value: finding.ruleName },
        { value: finding.part === null ? '' : (partNames.get(finding.part) ?? finding.part) },
        { value: finding.line ?? '' },
        { value: finding.message },
      ],
    }
  })
  return {
    name,
    columnWidths: COLUMNS.map(([, width]) => width),
    rows: [header, ...rows],
    merges: [],
    frozenRows: 1,
    frozenColumns: 0,
    autoFilter: { firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: COLUMNS.length },
  }
}
