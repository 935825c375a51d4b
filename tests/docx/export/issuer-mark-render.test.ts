// The 发文机关标志 of joint and long-named issuers as LibreOffice prints it: the independent checker
// (../shared/tools/gbt9704, --render --strict) finds every line of the mark on one rendered line, and every other
// rule that applies passes. Page images go to tests/.artifacts/docx/mark/ for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { type CheckerReport, runChecker } from '../helpers/gbt9704-checker'
import { markCases, markReport } from '../helpers/mark-report'
import { renderPdf, renderPngs } from '../helpers/render-pdf'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/mark')
const cases = [markCases.joint2, markCases.joint3Derived, markCases.joint4, markCases.single20]

describe.each(cases)('check.py --render --strict on the $name mark', ({ name, mark, issuers, lines }) => {
  let report: CheckerReport
  let docx: string

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    docx = join(OUT, `${name}.docx`)
    writeFileSync(docx, await exportDocx(markReport(mark, issuers), { version: 'upward' }))
    report = runChecker(docx, true, true)
    writeFileSync(docx.replace(/\.docx$/u, '.json'), JSON.stringify(report, null, 1))
    renderPngs(renderPdf(docx, OUT).pdf)
  })

  const rule = (id: string) => report.rules.find((candidate) => candidate.id === id)

  it('renders every line of the mark on one line', () => {
    expect(rule('render-issuer-mark-one-line')).toMatchObject({ status: 'PASS' })
    expect(rule('render-issuer-mark-one-line')?.detail).toContain(lines.join(' / '))
  })

  it('sets the mark red and centred above the 文号 and the red rule', () => {
    for (const id of ['banhead-mark', 'banhead-docnum', 'banhead-signer', 'banhead-rule'])
      expect(rule(id), id).toMatchObject({ status: 'PASS' })
  })

  it('passes every other rule that applies', () => {
    const failed = report.rules.filter((candidate) => candidate.status === 'FAIL')
    expect(failed.map((candidate) => `${candidate.id}: ${candidate.detail}`)).toEqual([])
    expect(report.passed).toBe(report.applicable)
  })
})
