// Bench for the CLI as a county script runs it: a whole `check` process on a 30-page .docx through the compiled
// entry (out/cli, electron/cli-launcher), its CPU time (user + system, /usr/bin/time) against a bare `node -e 0`,
// Node's own start-up and the floor of any Node program, run in turn.
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

/** CPU milliseconds (user + system) of a process, as GNU time reports them on its last line. */
function cpuMs(args: readonly string[]): number {
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {
    cwd: root,
    encoding: 'utf8',
  })
  if (run.error !== undefined) throw new Error(`/usr/bin/time could not run: ${run.error.message}`)
  const [user = Number.NaN, system = Number.NaN] = (run.stderr.trim().split('\n').at(-1) ?? '')
    .split(' ')
    .map(Number)
  if (Number.isNaN(user + system)) throw new Error(`no CPU times from /usr/bin/time: ${run.stderr}`)
  return (user + system) * 1000
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
