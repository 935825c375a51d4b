// Reports of random shape (random-report.ts, fixed seeds), exported and held to every rule of the independent
// checker with its render and the proofreader's rules: what a hand-written case may not think of — a 抄送 without
// an 印发机关, a run-in item at a page foot, a joint 署名 — comes up here.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocx } from '../../../renderer/docx/export/export-docx'
import { type CheckerReport, failedRules, runChecker } from '../helpers/gbt9704-checker'
import { randomReport } from '../helpers/random-report'

const OUT = join(import.meta.dirname, '../../.artifacts/docx/random')
const SEEDS = [3, 7, 11, 19, 23, 42]

describe('reports of random shape', () => {
  let checked: { seed: number; report: CheckerReport }[]

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true })
    checked = []
    for (const seed of SEEDS) {
      const { report, version } = randomReport(seed)
      const file = join(OUT, `random-${String(seed)}-${version}.docx`)
      writeFileSync(file, await exportDocx(report, { version }))
      checked.push({ seed, report: runChecker(file, true, true) })
    }
  }, 600_000)

  it('pass every rule of check.py --render --strict that applies', () => {
    const failed = checked.flatMap(({ seed, report }) => failedRules(report, `seed ${String(seed)}`))
    expect(failed).toEqual([])
  })

  it('apply the page rules: each has pages to check', () => {
    for (const { report } of checked) {
      const applied = report.rules.filter((rule) => rule.status !== 'N/A').map((rule) => rule.id)
      expect(applied).toContain('render-no-orphan-heading')
      expect(applied).toContain('render-signature-with-body')
    }
  })
})
