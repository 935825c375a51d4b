// The summary in the status bar and the check panel counts the parts that are written: a new report's headings
// with an empty paragraph under each are there, but none of them is done yet.
import { describe, expect, it } from 'vitest'
import { summarizeCheck } from '../../renderer/app/check-summary'
import { builtinTemplates } from '../../renderer/core/builtin-templates'
import { checkReport } from '../../renderer/core/check/check-report'
import { newReport } from '../../renderer/core/new-report'
import { defaultSettings } from '../../renderer/core/settings'

describe('summarizeCheck', () => {
  it.each(builtinTemplates().map((template) => [template.id, template] as const))(
    'counts no part of a new %s report as written',
    (_id, template) => {
      const summary = summarizeCheck(
        checkReport(newReport(template, 2025, defaultSettings), template),
        template,
      )
      expect(summary.partsRequired).toBeGreaterThan(0)
      expect(summary.partsPresent).toBe(0)
      expect(summary.text).toMatch(/^0\/\d+ 部分/)
    },
  )

  it('counts a part once a sentence is written under its heading', () => {
    const template = builtinTemplates()[0]!
    const report = newReport(template, 2025, defaultSettings)
    const [first, ...rest] = report.parts
    const written = {
      ...report,
      parts: [
        {
          ...first!,
          blocks: [{ kind: 'paragraph' as const, runs: [{ text: '全年召开党委会4次。' }], line: null }],
        },
        ...rest,
      ],
    }
    expect(summarizeCheck(checkReport(written, template), template).partsPresent).toBe(1)
  })
})
