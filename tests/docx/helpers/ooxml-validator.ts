// Runs the ECMA-376 schema check (../shared/tools/ooxml/validate.py) on an exported file: Word refuses or
// "repairs" what LibreOffice opens silently, so a render alone does not prove a .docx valid.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { requirePythonDocx, requireTool } from './require-tool'

export const OOXML_VALIDATOR = join(import.meta.dirname, '../../../../shared/tools/ooxml/validate.py')

export interface SchemaCheck {
  /** 0 valid, 1 invalid (exit 2: the check could not run, which throws). */
  readonly status: number
  /** One line per distinct schema error, then `ooxml: N errors in K parts`. */
  readonly output: string
}

export function validateOoxml(docx: string): SchemaCheck {
  const python = requirePythonDocx()
  requireTool('xmllint')
  const result = spawnSync(python, [OOXML_VALIDATOR, docx], { encoding: 'utf8', timeout: 120_000 })
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`ooxml/validate.py could not check ${docx}: ${result.stderr}`)
  }
  return { status: result.status, output: result.stdout }
}
