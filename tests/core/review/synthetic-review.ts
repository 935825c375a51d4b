// Short synthetic township reports and the review rows made of them, for the tests of the review outputs
// (table, HTML page, workbook): real checks over a few lines of text, so the rows carry the findings a
// county reviewer meets — a missing part, a missing item, a wrong term — without depending on a fixture.
import { defaultTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import type { FileKind } from '../../../renderer/core/file-kind'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import type { FormatConformance } from '../../../renderer/core/review/format-conformance'
import { reviewRow, unreadableRow, type ReviewRow } from '../../../renderer/core/review/review-row'
import { reviewSummary, type ReviewSummary } from '../../../renderer/core/review/review-summary'
import { appError } from '../../../renderer/core/result'

export const template = defaultTemplate()

/** A report on 2023 by `town`, without the 第一责任人 part, with 法制政府 for 法治政府. */
export function syntheticText(town: string): string {
  return [
    `${town}2023年法治政府建设年度报告`,
    '一、2023年推进法治政府建设的主要举措和成效',
    '（一）加强党的领导。镇党委召开专题会议4次，研究法制政府建设工作。',
    '（二）推进严格规范公正文明执法。全年办理行政处罚案件12件，开展执法检查20次。',
    '二、存在的不足和原因',
    '一是执法人员力量不足，原因是编制有限；二是普法形式单一，原因是经费不足。',
    '三、2024年工作思路',
    '继续推进依法行政，加强执法队伍建设。',
    `${town}人民政府`,
    '2024年2月20日',
  ].join('\n')
}

export function textRow(
  file: string,
  town: string,
  kind: FileKind = 'text',
  format: FormatConformance | null = null,
): ReviewRow {
  const report = textToReport(syntheticText(town), template)
  return reviewRow({ file, kind, report, check: checkReport(report, template), format })
}

export const notADocx = appError(
  'not-a-docx',
  '“坏.docx”不是有效的 Word 文档，请用 Word 或 WPS 另存为 .docx 后重试。',
)

/** Two reports as text, one as the app's file, one that could not be read. */
export function syntheticSummary(): ReviewSummary {
  return reviewSummary('县司法局/2024', template.id, [
    textRow('清江镇.txt', '清江镇'),
    textRow('北留镇.fznb', '北留镇', 'report'),
    unreadableRow('坏.docx', 'docx', notADocx, null),
  ])
}
