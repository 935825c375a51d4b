// Property tests (fast-check) for the checker: whatever text a clerk pastes in, and whatever Report
// reaches it, checkReport answers with well-formed findings (known rule, Chinese message, a line that
// exists) and the template's parts in order, the same way every time, and never throws.
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { defaultTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport, type CheckResult } from '../../../renderer/core/check/check-report'
import { rules } from '../../../renderer/core/check/rules/index'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import { emptyMeta, type Block, type Report } from '../../../renderer/core/report'

const template = defaultTemplate()
const ruleIds = new Set(rules.map((rule) => rule.id))
const partIds = template.parts.map((part) => part.id)
let checked = 0
afterAll(() => process.stdout.write(`[checker] properties: ${checked} generated reports checked\n`))

/** Problems with a result, empty when it is well-formed; `lines` bounds the line numbers when known. */
function resultProblems(result: CheckResult, lines: number | null, report: Report): string[] {
  const knownParts = new Set<string | null>([...partIds, ...report.parts.map((part) => part.id)])
  const problems: string[] = []
  if (JSON.stringify(result.parts.map((part) => part.id)) !== JSON.stringify(partIds))
    problems.push('parts out of template order')
  if (result.complete !== !result.findings.some((finding) => finding.severity === 'error'))
    problems.push('complete disagrees with findings')
  for (const finding of result.findings) {
    if (!ruleIds.has(finding.rule)) problems.push(`unknown rule ${finding.rule}`)
    if (!['error', 'warning', 'info'].includes(finding.severity))
      problems.push(`severity ${finding.severity}`)
    if (!/[\u4e00-\u9fff]/.test(finding.message)) problems.push(`message not Chinese: ${finding.message}`)
    if (finding.part !== null && !knownParts.has(finding.part)) problems.push(`unknown part ${finding.part}`)
    if (
      finding.line !== null &&
      (!Number.isInteger(finding.line) || finding.line < 1 || (lines !== null && finding.line > lines))
    )
      problems.push(`line ${finding.line} of ${lines ?? '?'}`)
  }
  return problems
}

const headingWords = [
  '推进法治政府建设的主要举措和成效',
  '存在的问题不足',
  '党政主要负责人履行推进法治建设第一责任人职责情况',
  '2025年推进法治政府建设的主要安排',
  '履行法院生效裁判情况',
  '其他需要报告的情况',
  '加强党的领导',
]
const line = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        '一、',
        '二、',
        '三、',
        '四、',
        '五、',
        '（一）',
        '（二）',
        '1.',
        '（1）',
        '# ',
        '## ',
        '',
      ),
      fc.oneof(fc.constantFrom(...headingWords), fc.string({ maxLength: 30 })),
    )
    .map(([mark, text]) => mark + text),
  fc.constantFrom(
    '清委〔2024〕9号',
    '签发人：张亚平',
    '2025年3月8日',
    '（此件公开发布）',
    '抄送：县司法局。',
    '中共清江镇委员会',
    '特此报告。',
    '【　】件',
  ),
  fc
    .tuple(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 0, max: 3000 }))
    .map(([text, figure]) => `${text}${figure}件，增长${figure % 100}%。`),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constant(''),
)

const text = fc.string({ maxLength: 200 })
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({
    kind: fc.constant('heading' as const),
    level: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    text,
    line: fc.option(fc.integer({ min: 1, max: 10_000 })),
  }),
  fc.record({
    kind: fc.constant('paragraph' as const),
    runs: fc.array(
      fc.record({ text, bold: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['text'] }),
      { maxLength: 5 },
    ),
    line: fc.option(fc.integer({ min: 1, max: 10_000 })),
  }),
  fc.record({
    kind: fc.constant('table' as const),
    rows: fc.array(fc.array(text, { maxLength: 6 }), { maxLength: 8 }),
    header: fc.boolean(),
    line: fc.option(fc.integer({ min: 1, max: 10_000 })),
  }),
  fc.record({
    kind: fc.constant('list' as const),
    ordered: fc.boolean(),
    items: fc.array(text, { maxLength: 6 }),
    line: fc.option(fc.integer({ min: 1, max: 10_000 })),
  }),
)
const optional = fc.option(text)
const report: fc.Arbitrary<Report> = fc.record({
  meta: fc.record({
    issuerMark: optional,
    docNumber: fc.option(fc.oneof(text, fc.constantFrom('清委〔2024〕9号', '清委[2024]09号', '〔〕号'))),
    signer: optional,
    recipients: optional,
    title: optional,
    issuers: fc.array(text, { maxLength: 4 }),
    dateText: fc.option(fc.oneof(text, fc.constantFrom('2025年3月8日', '2025年13月40日', '2025-03-08'))),
    note: optional,
    copyTo: optional,
    printedBy: optional,
    printedDateText: optional,
    version: fc.constantFrom('upward' as const, 'public' as const),
    reportYear: fc.option(fc.integer({ min: 1949, max: 2200 })),
  }),
  preamble: fc.array(block, { maxLength: 4 }),
  parts: fc.array(
    fc.record({
      id: fc.option(fc.constantFrom(...partIds, 'unknown-part')),
      heading: optional,
      blocks: fc.array(block, { maxLength: 8 }),
      line: fc.option(fc.integer({ min: 1, max: 10_000 })),
    }),
    { maxLength: 8 },
  ),
})

describe('checkReport properties', () => {
  it('checks any pasted text with well-formed findings, the same way twice', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), (lines, end) => {
        checked += 1
        const source = lines.join(end).replace(/\r\n?/g, '\n')
        const imported = textToReport(source, template)
        const first = checkReport(imported, template)
        expect(resultProblems(first, source.split('\n').length, imported)).toEqual([])
        expect(checkReport(textToReport(source, template), template)).toEqual(first)
      }),
      { numRuns: 300 },
    )
  })

  it('checks any Report that reaches it (from a file, rollover or the editor) without throwing', () => {
    fc.assert(
      fc.property(report, (generated) => {
        checked += 1
        expect(resultProblems(checkReport(generated, template), null, generated)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('checks the empty report', () => {
    const empty: Report = { meta: emptyMeta, preamble: [], parts: [] }
    expect(resultProblems(checkReport(empty, template), null, empty)).toEqual([])
  })
})
