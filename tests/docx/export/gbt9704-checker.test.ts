// The independent GB/T 9704 checker (../shared/tools/gbt9704) with its LibreOffice render and the proofreader's
// rules (--strict): every rule that applies must pass on the three real reports in both versions, and each export
// passes the ECMA-376 schema check.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { fixtureNames, fixtureReport } from '../helpers/fixture-reports'
import { type CheckerReport, runChecker } from '../helpers/gbt9704-checker'
import { validateOoxml } from '../helpers/ooxml-validator'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/checker')
const cases = fixtureNames.flatMap((name) =>
  (['upward', 'public'] as const).map((version) => ({ name, version })),
)

describe.each(cases)('check.py --render --strict on $name ($version)', ({ name, version }) => {
  let report: CheckerReport
  let docx: string

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    docx = join(OUT, `${name}-${version}.docx`)
    writeFileSync(docx, await exportDocx(fixtureReport(name), { version }))
    report = runChecker(docx, true, true)
    writeFileSync(docx.replace(/\.docx$/u, '.json'), JSON.stringify(report, null, 1))
  })

  it('passes the ECMA-376 schema check', () => {
    const check = validateOoxml(docx)
    expect(check.output).toMatch(/^ooxml: 0 errors/m)
    expect(check.status).toBe(0)
  })

  it('switches off the auto spacing Word and WPS put between Chinese and digits or Latin letters', () => {
    const rule = (id: string) => report.rules.find((candidate) => candidate.id === id)
    expect(rule('body-autospace')).toMatchObject({ status: 'PASS' })
    expect(rule('ooxml-schema')).toMatchObject({ status: 'PASS' })
  })

  it('keeps every heading with its text and the 署名 with the 正文 on the printed pages', () => {
    const rule = (id: string) => report.rules.find((candidate) => candidate.id === id)
    expect(rule('render-no-orphan-heading')).toMatchObject({ status: 'PASS' })
    expect(rule('render-signature-with-body')).toMatchObject({ status: 'PASS' })
  })

  it('passes every applicable rule', () => {
    const failed = report.rules
      .filter((rule) => rule.status === 'FAIL')
      .map((rule) => `${rule.id}: ${rule.detail}`)
    expect(failed).toEqual([])
    expect(report.passed).toBe(report.applicable)
  })

  it('applies the page, grid, body, title, date, page-number and render rules', () => {
    const applied = new Set(report.rules.filter((rule) => rule.status !== 'N/A').map((rule) => rule.id))
    for (const id of [
      'page-size',
      'page-margins',
      'grid-lines',
      'grid-chars',
      'body-size',
      'body-font',
      'body-indent',
      'title',
      'heading-l1',
      'date-format',
      'signature-date-layout',
      'page-number-field',
      'page-number-format',
      'page-number-position',
      'fonts-eastasia',
      'render-lines-per-page',
      'render-chars-per-line',
      'render-page-numbers',
    ]) {
      expect(applied, id).toContain(id)
    }
  })

  it('applies the 版头, 签发人, 附注 and 版记 rules where the report has them', () => {
    const status = (id: string): string | undefined => report.rules.find((rule) => rule.id === id)?.status
    const meta = fixtureReport(name).meta
    expect(status('banhead-docnum')).toBe(meta.docNumber === null ? 'N/A' : 'PASS')
    expect(status('banhead-signer')).toBe(version === 'upward' && meta.signer !== null ? 'PASS' : 'N/A')
    expect(status('annotation')).toBe(version === 'public' || meta.note !== null ? 'PASS' : 'N/A')
    expect(status('banji-position')).toBe(meta.printedBy === null && meta.copyTo === null ? 'N/A' : 'PASS')
    if (meta.printedBy !== null) expect(status('render-banji-bottom')).toBe('PASS')
  })
})
