// npm run cli -- rollover FILE -o OUT --year Y, spawned as cli.md documents it.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli'
import { parseReportFile } from '../../renderer/core/report-file'

const shared = fileURLToPath(new URL('../../../shared/fixtures/reports/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'fznb-rollover-'))

const cli = runCli

describe('npm run cli -- rollover', () => {
  it('warns on stderr when the year skips reports, and still writes the draft', () => {
    const out = join(scratch, 'qingjiang-2026.fznb')
    const run = cli('rollover', join(shared, 'qingjiang-2023.txt'), '-o', out, '--year', '2026')
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      '注意：“qingjiang-2023.txt”是 2023 年度的报告，--year 2026 跳过了 2024、2025 年度；通常应从上一年度的报告开始。\n',
    )
    expect(existsSync(out)).toBe(true)
  })

  it("writes this year's draft as .fznb, which `check` finds incomplete because of stale figures", () => {
    const out = join(scratch, 'qingjiang-2024.fznb')
    const run = cli('rollover', join(shared, 'qingjiang-2023.txt'), '-o', out, '--year', '2024')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('去年的计划：4 项')
    const file = parseReportFile(readFileSync(out, 'utf8'))
    expect(file.ok).toBe(true)
    if (!file.ok) return
    expect(file.value.report.meta).toMatchObject({
      reportYear: 2024,
      docNumber: '清委〔2025〕号',
      dateText: null,
      signer: '张亚平',
    })
    expect(file.value.report.meta.lastYear?.plans).toHaveLength(4)

    const check = cli('check', out, '--json')
    expect(check.code).toBe(1)
    const json = JSON.parse(check.stdout) as {
      reportYear: number
      findings: { rule: string; severity: string }[]
    }
    expect(json.reportYear).toBe(2024)
    expect(json.findings.filter((finding) => finding.rule === 'figure-stale').length).toBeGreaterThan(5)
    expect(json.findings.filter((finding) => finding.rule === 'plan-uncovered')).toHaveLength(4)
  })

  it('writes .docx by extension, which reads back as the 2024 draft', () => {
    const out = join(scratch, 'qingjiang-2024.docx')
    const run = cli('rollover', join(shared, 'qingjiang-2023.txt'), '-o', out, '--year', '2024')
    expect(run.code).toBe(0)
    const check = cli('check', out, '--json')
    const json = JSON.parse(check.stdout) as {
      reportYear: number
      meta: { title: string }
      parts: { heading: string | null }[]
    }
    expect(json.reportYear).toBe(2024)
    expect(json.meta.title).toContain('2024 年法治政府建设年度报告')
    expect(json.parts.map((part) => part.heading)).toContain('四、2025年法治政府建设工作思路')
  })

  it('keeps the stale figures and last year’s plans in the .docx, which `check` reports as it does the .fznb', () => {
    const findings = (file: string): Record<string, number> => {
      const check = cli('check', file, '--json')
      expect(check.code).toBe(1)
      const rules = (JSON.parse(check.stdout) as { findings: { rule: string }[] }).findings.map(
        (finding) => finding.rule,
      )
      const count = (rule: string): number => rules.filter((id) => id === rule).length
      return { 'figure-stale': count('figure-stale'), 'plan-uncovered': count('plan-uncovered') }
    }
    const docx = join(scratch, 'qingjiang-2024-draft.docx')
    const fznb = join(scratch, 'qingjiang-2024-draft.fznb')
    const run = cli('rollover', join(shared, 'qingjiang-2023.txt'), '-o', docx, '--year', '2024')
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('不保留')
    expect(run.stdout).toContain('黄色突出显示')
    expect(cli('rollover', join(shared, 'qingjiang-2023.txt'), '-o', fznb, '--year', '2024').code).toBe(0)
    const fromDocx = findings(docx)
    expect(fromDocx['figure-stale']).toBeGreaterThan(5)
    expect(fromDocx['plan-uncovered']).toBe(4)
    expect(fromDocx).toEqual(findings(fznb))
  })

  it.each([
    [
      ['rollover', join(shared, 'qingjiang-2023.txt'), '-o', join(scratch, 'x.fznb'), '--year', '2023'],
      /应晚于/,
    ],
    [
      ['rollover', join(shared, 'qingjiang-2023.txt'), '-o', join(scratch, 'x.pdf'), '--year', '2024'],
      /应以 \.fznb/,
    ],
    [
      ['rollover', join(shared, 'qingjiang-2023.txt'), '-o', join(scratch, 'x.fznb'), '--year', '24'],
      /四位数/,
    ],
    [['rollover', join(shared, 'qingjiang-2023.txt'), '--year', '2024'], /请给出/],
    [['rollover', join(scratch, 'old.doc'), '-o', join(scratch, 'x.fznb'), '--year', '2024'], /找不到文件/],
  ])('refuses %j in one Chinese line, exit 2', (args, pattern) => {
    const run = cli(...args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(pattern)
    expect(existsSync(join(scratch, 'x.fznb'))).toBe(false)
  })
})
