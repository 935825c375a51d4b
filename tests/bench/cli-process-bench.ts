// Bench for the CLI as a county script runs it: a whole `check` process on a 30-page .docx through the compiled
// entry (out/cli, electron/cli-launcher), its CPU time (user + system) against a bare `node -e 0`, Node's own
// start-up and the floor of any Node program, run in turn. The times are the children's as bash's `times` prints
// them, to the millisecond: GNU time's %U and %S are cut to hundredths of a second, each, which for a process of
// 50–200 ms is an error of up to a fifth.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleEntry, ensureCliBundle } from '../../electron/cli-launcher/cli-bundle.mjs'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import type { BenchResult } from './bench-result'
import { buildThirtyPageReport } from './export-bench'
import { paired, row } from './measure'

const ROUNDS = 15
const root = fileURLToPath(new URL('../../', import.meta.url))

/** "0m0.051s" → 51 */
function seconds(text: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(text)
  return match === null ? Number.NaN : (Number(match[1]) * 60 + Number(match[2])) * 1000
}

/** CPU milliseconds (user + system) of a process: the second line of `times`, that of the shell's children. */
function cpuMs(args: readonly string[]): number {
  const run = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1; times', 'bash', process.execPath, ...args], {
    cwd: root,
    encoding: 'utf8',
  })
  if (run.error !== undefined) throw new Error(`bash could not run: ${run.error.message}`)
  const [user = '', system = ''] = (run.stdout.trim().split('\n')[1] ?? '').split(' ')
  const total = seconds(user) + seconds(system)
  if (Number.isNaN(total)) throw new Error(`no CPU times from bash: ${run.stdout}`)
  return total
}

export async function benchCliProcess(): Promise<BenchResult[]> {
  await ensureCliBundle(root)
  const scratch = mkdtempSync(join(tmpdir(), 'fznb-cli-bench-'))
  try {
    const report = join(scratch, '三十页报告.docx')
    writeFileSync(report, await exportDocx(buildThirtyPageReport()))
    const rounds = await paired(
      (which) => cpuMs(which === 'ours' ? [bundleEntry, 'check', report] : ['-e', '0']),
      ROUNDS,
      1,
    )
    return [row('cli-check-process', 'ms CPU', rounds)]
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
