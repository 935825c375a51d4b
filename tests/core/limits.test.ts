// One set of caps (renderer/core/limits.ts): what the editor, import and rollover give is what save accepts, and
// what save writes is what open reads back. Save refuses, before writing, with a Chinese message saying where.
import { describe, expect, it } from 'vitest'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { maxBytesToOpen, maxInputBytes } from '../../renderer/core/file-kind'
import { limits, utf8Length } from '../../renderer/core/limits'
import { emptyMeta, type Block, type Report } from '../../renderer/core/report'
import { parseReportFile, reportFileContent } from '../../renderer/core/report-file'
import { lastYearReference } from '../../renderer/core/rollover/last-year-reference'
import { rolloverReport } from '../../renderer/core/rollover/rollover-report'
import { importReport } from '../../renderer/docx/import/import-report'

const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], line: null })

function report(blocks: readonly Block[], nextYear: readonly Block[] = []): Report {
  return {
    meta: { ...emptyMeta, title: '清江镇2023年法治政府建设年度报告', reportYear: 2023 },
    preamble: [],
    parts: [
      { id: 'measures', heading: '推进法治政府建设的主要举措和成效', line: null, blocks },
      { id: 'next-year', heading: '2024年法治政府建设工作思路', line: null, blocks: nextYear },
    ],
  }
}

const saved = (value: Report): ReturnType<typeof reportFileContent> =>
  reportFileContent({ templateId: 'standard-2019', report: value })

describe('limits', () => {
  it('are the limits opening checks, and a saved report may weigh more than any import', () => {
    expect(maxInputBytes).toBe(limits.maxInputBytes)
    expect(maxBytesToOpen('报告.fznb')).toBe(limits.maxFileBytes)
    expect(maxBytesToOpen('报告.docx')).toBe(limits.maxInputBytes)
    expect(limits.maxFileBytes).toBeGreaterThan(limits.maxInputBytes * 2)
  })

  it('counts UTF-8 bytes as the file will have them', () => {
    expect(utf8Length('a中𠀀')).toBe(new TextEncoder().encode('a中𠀀').byteLength)
  })
})

describe('reportFileContent (save)', () => {
  it('gives the file text of a report within the limits, and that text opens', () => {
    const content = saved(report([paragraph('全年召开专题会4次。')]))
    expect(content.ok).toBe(true)
    if (content.ok) expect(parseReportFile(content.value).ok).toBe(true)
  })

  it('refuses a paragraph longer than a paragraph may be, saying where, before anything is written', () => {
    const content = saved(report([paragraph('短句。'), paragraph('长'.repeat(limits.maxTextChars + 1))]))
    expect(content).toEqual({
      ok: false,
      error: {
        code: 'report-too-large',
        message: expect.stringContaining('第 1 部分第 2 段超过 200,000 字的上限') as string,
      },
    })
  })

  it('refuses a report whose file would be larger than a file may be to open', () => {
    // 150 paragraphs of 200,000 characters: each within its limit, 90 MB together
    const content = saved(
      report(Array.from({ length: 150 }, () => paragraph('字'.repeat(limits.maxTextChars)))),
    )
    expect(content.ok).toBe(false)
    if (!content.ok) expect(content.error.message).toMatch(/超过能打开的 80 MB 上限/)
  })
})

describe('rollover keeps what it can save', () => {
  it("caps last year's text of a part longer than a paragraph may be, says so, and the draft saves and opens", () => {
    // three paragraphs of 90,000 characters: each fine, 270,000 together in last year's part text
    const last = report(Array.from({ length: 3 }, () => paragraph('推'.repeat(90_000))))
    const rolled = rolloverReport(last, 2024)
    if (!rolled.ok) throw new Error(rolled.error.message)
    const kept = rolled.value.meta.lastYear
    expect(kept?.parts.every((part) => part.text.length <= limits.maxTextChars)).toBe(true)
    expect(kept?.trimmed?.[0]).toMatch(/超过一段 200,000 字的上限/)
    const content = saved(rolled.value)
    expect(content.ok).toBe(true)
    if (content.ok) expect(parseReportFile(content.value).ok).toBe(true)
  })

  it("does not carry last year's own lastYear: rolling again does not grow the file", () => {
    const sizes: number[] = []
    let current = report([paragraph('全年召开专题会4次。'.repeat(1000))], [paragraph('（一）加强法治培训。')])
    for (let year = 2024; year <= 2027; year += 1) {
      const rolled = rolloverReport(current, year)
      if (!rolled.ok) throw new Error(rolled.error.message)
      current = rolled.value
      const content = saved(current)
      if (!content.ok) throw new Error(content.error.message)
      sizes.push(utf8Length(content.value))
    }
    expect(JSON.stringify(current.meta.lastYear)).not.toContain('lastYear')
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(2_000)
  })

  it('keeps a draft rolled from a report near the file limit within it', () => {
    // 26 MB of body: a full copy as last year's text would double it past 30 MB
    const last = report(Array.from({ length: 45 }, () => paragraph('字'.repeat(limits.maxTextChars))))
    expect(saved(last).ok).toBe(true)
    const rolled = rolloverReport(last, 2024)
    if (!rolled.ok) throw new Error(rolled.error.message)
    expect(rolled.value.meta.lastYear?.trimmed).toBeDefined()
    const content = saved(rolled.value)
    expect(content.ok).toBe(true)
    if (content.ok) expect(parseReportFile(content.value).ok).toBe(true)
  })

  it('keeps at most the room the draft leaves, and says where it stopped', () => {
    const last = report(Array.from({ length: 8 }, () => paragraph('字'.repeat(10_000))))
    const rolled = rolloverReport(last, 2024)
    if (!rolled.ok) throw new Error(rolled.error.message)
    // the same report, with room for 30,000 characters of last year's text
    const small = lastYearReference(last, 30_000)
    expect(small.parts.reduce((sum, part) => sum + part.text.length, 0)).toBeLessThanOrEqual(30_000)
    expect(small.trimmed?.[0]).toMatch(/以免今年的报告过大无法保存/)
    expect(rolled.value.meta.lastYear?.trimmed).toBeUndefined()
  })
})

describe('import takes only what can be saved', () => {
  it('cuts a paragraph longer than a paragraph may be after a full stop, so the report saves and reopens', async () => {
    const sentence = `${'长'.repeat(999)}。`
    const text = `一、推进法治政府建设的主要举措和成效\n${sentence.repeat(limits.maxTextChars / 1000 + 10)}\n`
    const imported = await importReport('long.txt', new TextEncoder().encode(text), defaultTemplate())
    expect(imported.ok).toBe(true)
    if (!imported.ok) return
    const blocks = imported.value.report.parts[0]?.blocks ?? []
    expect(blocks).toHaveLength(2)
    expect(
      blocks
        .map((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : ''))
        .join(''),
    ).toBe(sentence.repeat(limits.maxTextChars / 1000 + 10))
    expect(
      blocks.every(
        (block) => block.kind === 'paragraph' && block.runs.every((run) => run.text.endsWith('。')),
      ),
    ).toBe(true)
    expect(saved(imported.value.report).ok).toBe(true)
  })
})
