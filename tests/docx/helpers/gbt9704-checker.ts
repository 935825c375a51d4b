// Runs the independent GB/T 9704 checker (../shared/tools/gbt9704/check.py) on an exported file.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { requirePythonDocx, requireTool } from './require-tool'

export const CHECKER = join(import.meta.dirname, '../../../../shared/tools/gbt9704/check.py')

export interface CheckerRule {
  id: string
  status: 'PASS' | 'FAIL' | 'N/A'
  detail: string
}

export interface CheckerReport {
  rules: CheckerRule[]
  passed: number
  applicable: number
}

/** `strict` adds the proofreader's rules (body-autospace, ooxml-schema, and with `render` the page rules). */
export function runChecker(docx: string, render: boolean, strict = false): CheckerReport {
  const python = requirePythonDocx()
  if (render) {
    requireTool('soffice')
    requireTool('pdftotext')
  }
  const result = spawnSync(
    python,
    [CHECKER, docx, '--json', ...(render ? ['--render'] : []), ...(strict ? ['--strict'] : [])],
    {
      encoding: 'utf8',
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  if (result.status !== 0) throw new Error(`check.py failed on ${docx}: ${result.stderr}`)
  return JSON.parse(result.stdout) as CheckerReport
}

/** The rules `report` fails, each as "label: rule: detail", for a test to expect none of. */
export function failedRules(report: CheckerReport, label: string): string[] {
  return report.rules
    .filter((rule) => rule.status === 'FAIL')
    .map((rule) => `${label}: ${rule.id}: ${rule.detail}`)
}
