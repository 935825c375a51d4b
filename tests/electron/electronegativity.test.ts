// Electron's security checklist, checked by a tool rather than by us: @doyensec/electronegativity over
// the app's own sources (electron/ main + preload, renderer/ pages and their CSP). A high or medium
// finding fails the run unless it is listed below with the reason it does not apply.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const tool = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js')

interface Finding {
  readonly id: string
  readonly severity: string
  readonly file: string
  readonly sample: string
}

/** Findings reviewed by hand. Each is as narrow as possible: one check, one file, one line's content. */
const reviewed: readonly (Finding & { readonly why: string })[] = [
  {
    id: 'PRELOAD_JS_CHECK',
    severity: 'MEDIUM',
    file: 'electron/main/create-window.ts',
    sample: "preload: join(import.meta.dirname, '../preload/index.cjs'),",
    why:
      '"Review the use of preload scripts": reviewed. The preload runs sandboxed with contextIsolation and ' +
      'exposes only the named Bridge functions via contextBridge, never ipcRenderer (tests/electron/preload.test.ts); ' +
      'every handler validates its arguments with zod (register-bridge.ts).',
  },
]

/** RFC 4180 enough for the tool's output: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = (): void => {
    row.push(field)
    field = ''
  }
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') endField()
    else if (char === '\n') {
      endField()
      rows.push(row)
      row = []
    } else if (char !== '\r') field += char
  }
  if (field !== '' || row.length > 0) {
    endField()
    rows.push(row)
  }
  return rows
}

describe('electronegativity', () => {
  it('finds nothing high or medium that has not been reviewed', { timeout: 120_000 }, () => {
    if (!existsSync(tool))
      throw new Error('@doyensec/electronegativity is not installed: run npm ci (it is a devDependency).')
    // Only our sources: scanning the project root would parse all of node_modules.
    const scan = mkdtempSync(join(tmpdir(), 'fznb-electronegativity-'))
    const output = join(scan, 'findings.csv')
    try {
      for (const part of ['electron', 'renderer', 'package.json'])
        cpSync(join(root, part), join(scan, 'src', part), { recursive: true })
      const electron = (
        JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
          version: string
        }
      ).version
      execFileSync(
        process.execPath,
        // AvailableSecurityFixesGlobalCheck downloads Electron's release list: tests run offline, and
        // keeping Electron current is the release checklist's job, not a property of the code.
        [
          '--require',
          join(import.meta.dirname, 'offline-got.cjs'),
          tool,
          '-i',
          join(scan, 'src'),
          '-e',
          electron,
          '-x',
          'AvailableSecurityFixesGlobalCheck',
          '-r',
          '-o',
          output,
        ],
        { stdio: 'ignore', timeout: 100_000, env: { ...process.env, LANG: 'en-US' } },
      )
      const [header, ...rows] = parseCsv(readFileSync(output, 'utf8')).filter((row) => row.length > 1)
      expect(header?.map((name) => name.trim()).slice(0, 6)).toEqual([
        'issue',
        'severity',
        'confidence',
        'filename',
        'location',
        'sample',
      ])
      const findings: Finding[] = rows.map(([id = '', severity = '', , file = '', , sample = '']) => ({
        id,
        severity,
        file: file.replace(/\\/g, '/'),
        sample,
      }))
      const serious = findings.filter(
        (finding) =>
          finding.severity === 'HIGH' || finding.severity === 'MEDIUM' || finding.severity === 'CRITICAL',
      )
      const accepted = serious.filter((finding) =>
        reviewed.some(
          (known) =>
            known.id === finding.id && known.file === finding.file && known.sample === finding.sample.trim(),
        ),
      )
      const count = (severity: string): number =>
        findings.filter((finding) => finding.severity === severity).length
      process.stdout.write(
        `[security] electronegativity findings: ${findings.length} (high ${count('HIGH')}, medium ${count('MEDIUM')}, low ${count('LOW')}, ` +
          `informational ${count('INFORMATIONAL')}); ${accepted.length} medium reviewed and accepted (${accepted.map((finding) => finding.id).join(', ') || 'none'})\n`,
      )
      expect(serious.filter((finding) => !accepted.includes(finding))).toEqual([])
    } finally {
      rmSync(scan, { recursive: true, force: true })
    }
  })
})
