import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../../renderer/core/builtin-templates'
import { checkReport } from '../../../../renderer/core/check/check-report'
import type { Report } from '../../../../renderer/core/report'
import { rolloverReport } from '../../../../renderer/core/rollover/rollover-report'
import { check, goodReport } from '../good-report'

const template = findBuiltinTemplate('standard-2019')!

function rolledGood(): Report {
  const result = rolloverReport(check(goodReport).report, 2024)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** The rolled report with every stale mark removed, as if the writer confirmed each figure. */
function confirmed(report: Report): Report {
  const unmark = (blocks: Report['preamble']): Report['preamble'] =>
    blocks.map((block) =>
      block.kind === 'paragraph'
        ? { ...block, runs: block.runs.map(({ text, bold }) => (bold === true ? { text, bold } : { text })) }
        : block,
    )
  return {
    ...report,
    preamble: unmark(report.preamble),
    parts: report.parts.map((part) => ({ ...part, blocks: unmark(part.blocks) })),
  }
}

describe('figure-stale (figures carried over from last year)', () => {
  it('is silent on a report that was not rolled over', () => {
    expect(check(goodReport).result.findings.filter((finding) => finding.rule === 'figure-stale')).toEqual([])
  })

  it("flags each paragraph holding last year's figures, in its part and line, as an error", () => {
    const findings = checkReport(rolledGood(), template).findings.filter(
      (finding) => finding.rule === 'figure-stale',
    )
    const disputes = findings.find((finding) => finding.message.includes('“221件”'))
    expect(disputes).toMatchObject({ severity: 'error', part: 'measures' })
    expect(disputes!.line).not.toBeNull()
    expect(disputes!.message).toContain('“100%”')
    expect(disputes!.message).toContain('2024年')
  })

  it('goes quiet once the figures are confirmed', () => {
    const findings = checkReport(confirmed(rolledGood()), template).findings
    expect(findings.filter((finding) => finding.rule === 'figure-stale')).toEqual([])
  })
})
