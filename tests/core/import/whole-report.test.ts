import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import { bodyIsEmpty, pastedMeta, recognizeWholeReport } from '../../../renderer/core/import/whole-report'
import { newReport } from '../../../renderer/core/new-report'
import { blockText, type Report } from '../../../renderer/core/report'
import { defaultSettings } from '../../../renderer/core/settings'

const template = findBuiltinTemplate('standard-2019')!

const lines = [
  '示范镇人民政府',
  '关于2024年法治政府建设情况的报告',
  '县人民政府：',
  '2024年，我镇坚持依法行政，现将有关情况报告如下：',
  '一、推进法治政府建设的主要举措和成效',
  '全年办理行政处罚案件37件，重大执法决定法制审核12件，行政复议案件2件，无一被撤销或确认违法。',
  '二、存在的不足和原因',
  '执法人员培训不够系统。',
  '三、下一年度推进法治政府建设的主要安排',
  '组织执法人员实操培训2次。',
  '示范镇人民政府',
  '2025年1月20日',
]

const essence = (report: Report): unknown => ({
  meta: { ...report.meta, source: undefined },
  parts: report.parts.map((part) => [part.id, part.heading, part.blocks.map(blockText)]),
  preamble: report.preamble.map(blockText),
})

describe('recognizeWholeReport', () => {
  it('reads a whole report pasted from Word as opening its text would', () => {
    const text = lines.join('\r\n')
    const whole = recognizeWholeReport(text, template)
    expect(whole).not.toBeNull()
    expect(essence(whole!.report)).toEqual(essence(textToReport(text, template)))
    expect(whole!.report.meta).toMatchObject({
      title: '示范镇人民政府关于2024年法治政府建设情况的报告',
      recipients: '县人民政府',
      issuers: ['示范镇人民政府'],
      dateText: '2025年1月20日',
    })
    expect(whole!.found).toEqual(['标题', '主送机关', '3个部分', '署名', '成文日期'])
  })

  it('reads the same report copied from a PDF, broken at the page edge and numbered, the same way', () => {
    const pdf = [
      ...lines.slice(0, 5),
      '全年办理行政处罚案件37件，重大执法决定法制审核12件，行政',
      '复议案件2件，无一被撤销或确认违法。',
      '- 2 -',
      ...lines.slice(6),
      '- 3 -',
    ].join('\n')
    expect(essence(recognizeWholeReport(pdf, template)!.report)).toEqual(
      essence(recognizeWholeReport(lines.join('\n'), template)!.report),
    )
  })

  it('keeps two tables pasted one under the other apart, where a blank line stands between them', () => {
    const cases = ['项目\t数量', '行政处罚案件\t37件', '行政复议案件\t2件']
    const training = ['培训\t人次', '领导干部学法\t12人次', '执法人员轮训\t46人次']
    const tablesOf = (table: string[]): Report['parts'][number]['blocks'] => {
      const pasted = [...lines.slice(0, 6), ...table, ...lines.slice(6)].join('\n')
      return recognizeWholeReport(pasted, template)!.report.parts[0]!.blocks.filter(
        (block) => block.kind === 'table',
      )
    }
    const apart = tablesOf([...cases, '', ...training])
    expect(apart.map((table) => (table.kind === 'table' ? table.rows.length : 0))).toEqual([3, 3])
    // without the blank line they read as one table, as opening the text does
    expect(tablesOf([...cases, ...training])).toHaveLength(1)
  })

  it('offers nothing for paragraphs copied from elsewhere, or parts without a 标题, 署名 or date', () => {
    expect(recognizeWholeReport('一是加强学习。\n二是完善制度。', template)).toBeNull()
    expect(recognizeWholeReport(lines.slice(4, 8).join('\n'), template)).toBeNull()
    expect(recognizeWholeReport(lines.slice(4, 10).join('\n'), template)).toBeNull()
  })
})

describe('pastedMeta', () => {
  it('takes what the pasted report says and keeps the defaults it does not', () => {
    const before = newReport(template, 2024, {
      ...defaultSettings,
      copyTo: '县司法局',
      printedBy: '示范镇党政办公室',
      issuers: ['某镇人民政府'],
    }).meta
    const pasted = recognizeWholeReport(lines.join('\n'), template)!.report.meta
    expect(pastedMeta(before, pasted)).toMatchObject({
      title: '示范镇人民政府关于2024年法治政府建设情况的报告',
      issuers: ['示范镇人民政府'],
      copyTo: '县司法局',
      printedBy: '示范镇党政办公室',
      reportYear: 2024,
    })
  })
})

describe('bodyIsEmpty', () => {
  it('is true for a new report and false once a word is in it', () => {
    const report = newReport(template, 2024, defaultSettings)
    expect(bodyIsEmpty(report)).toBe(true)
    const typed: Report = {
      ...report,
      preamble: [{ kind: 'paragraph', runs: [{ text: '我镇' }], line: null }],
    }
    expect(bodyIsEmpty(typed)).toBe(false)
  })
})
