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

/**
 * The checker's reports with `--render` on files already printed by LibreOffice (renderPdfs, one start-up for all),
 * where each `--render` would start LibreOffice again for its file: check_rendered.py hands the checker the PDF.
 */
export function runCheckerOnRendered(
  docxs: readonly string[],
  rendered: readonly { readonly pdf: string }[],
  strict = false,
): CheckerReport[] {
  if (docxs.length !== rendered.length) throw new Error('runCheckerOnRendered: a PDF for each .docx')
  const files = docxs.map((docx, index) => ({ docx, pdf: rendered[index]!.pdf }))
  const python = requirePythonDocx()
  requireTool('pdftotext')
  const result = spawnSync(
    python,
    [join(import.meta.dirname, 'check_rendered.py'), ...(strict ? ['--strict'] : [])],
    {
      input: JSON.stringify(files),
      encoding: 'utf8',
      timeout: 60_000 + 30_000 * files.length,
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  if (result.status !== 0) throw new Error(`check_rendered.py failed: ${result.stderr}`)
  const reports = JSON.parse(result.stdout) as CheckerReport[]
  if (reports.length !== files.length) throw new Error(`check_rendered.py: ${String(reports.length)} reports`)
  return reports
}

/** The rules `report` fails, each as "label: rule: detail", for a test to expect none of. */
export function failedRules(report: CheckerReport, label: string): string[] {
  return report.rules
    .filter((rule) => rule.status === 'FAIL')
    .map((rule) => `${label}: ${rule.id}: ${rule.detail}`)
}
