// Rule names in the review outputs: every check rule has a Chinese name, the flat findings list carries it next to
// the id, and the web page shows it — a county reviewer never reads an id such as part-missing.
import { describe, expect, it } from 'vitest'
import { rules } from '../../../renderer/core/check/rules/index'
import { reviewFindings } from '../../../renderer/core/review/review-findings'
import { reviewPageHtml } from '../../../renderer/core/review/review-page-html'
import { contentRuleName } from '../../../renderer/core/review/review-rule-name'
import { reviewTable } from '../../../renderer/core/review/review-table'
import { syntheticSummary, template } from './synthetic-review'

const chinese = /^[\u4e00-\u9fff“”]+$/

describe('contentRuleName', () => {
  it.each(rules.map((rule) => [rule.id]))('%s has a Chinese name', (id) => {
    expect(contentRuleName(id)).toMatch(chinese)
  })

  it('names no two rules alike', () => {
    const names = rules.map((rule) => contentRuleName(rule.id))
    expect(new Set(names).size).toBe(names.length)
  })
})

describe('the review outputs', () => {
  const summary = syntheticSummary()
  const findings = reviewFindings(summary)

  it('carry the Chinese name of each finding’s rule next to its id', () => {
    const missing = findings.find((finding) => finding.rule === 'part-missing')
    expect(missing?.ruleName).toBe('缺少组成部分')
    expect(findings.find((finding) => finding.rule === 'wrong-term')?.ruleName).toBe('用语不规范')
    expect(findings.find((finding) => finding.source === 'file')?.ruleName).toBe('无法读取')
    for (const finding of findings) expect(finding.ruleName).toMatch(chinese)
  })

  it('say in the table what each count is made of, by rule name', () => {
    const table = reviewTable(summary, template)
    const note = (file: string, column: string) =>
      table.rows.find((row) => row.file === file)!.cells[table.columns.findIndex((c) => c.id === column)]!
        .note
    // No 第一责任人 part and no 法院裁判 part; the items of the other parts it leaves out.
    expect(note('清江镇.txt', 'errors')).toMatch(/^缺少组成部分 2 处；缺少必备事项 \d+ 处$/)
    expect(note('清江镇.txt', 'warnings')).toContain('用语不规范 1 处')
    const notes = table.rows.flatMap((row) => row.cells.map((cell) => cell.note ?? ''))
    for (const rule of rules) expect(notes.filter((text) => text.includes(rule.id))).toEqual([])
  })

  it('show rule names, never rule ids, on the web page', () => {
    const html = reviewPageHtml(summary, template)
    expect(html).toContain('<strong class="rule">缺少组成部分</strong>：缺少“')
    expect(html).toContain('<strong class="rule">用语不规范</strong>（第 3 行）：')
    for (const rule of rules) expect(html).not.toContain(rule.id)
  })
})
