// Spawns the CLI the way cli.md documents it. `npm run --silent` keeps npm's own "> script" banner and
// config warnings out of stdout/stderr, so what the tests assert is exactly what our program prints.
// `npm run cli` runs the compiled bundle (electron/cli-launcher), built here once per test file when the
// sources are newer: a build that fails fails the test file with esbuild's message, rather than turning into
// the exit 2 that the bad-input tests expect.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleEntry, ensureCliBundle } from '../../electron/cli-launcher/cli-bundle.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))

await ensureCliBundle(root)

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export function runCli(...args: string[]): CliRun {
  const run = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

export interface LimitedCliRun extends CliRun {
  /** Peak resident memory of the CLI process in bytes; null when it did not exit normally. */
  readonly peakBytes: number | null
}

/** V8's heap limit for runCliLimited, and the peak resident memory the tests hold the CLI to. */
export const memoryLimitBytes = 512 * 1024 * 1024

/**
 * The compiled CLI under plain node with a 512 MB heap (what a clerk's old PC can spare), its peak memory
 * measured from inside the process by report-peak-memory.mjs. No npm in between, so the memory is the
 * CLI's own.
 */
export function runCliLimited(...args: string[]): LimitedCliRun {
  const scratch = mkdtempSync(join(tmpdir(), 'fznb-peak-'))
  const peakFile = join(scratch, 'peak')
  try {
    const run = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${memoryLimitBytes / 1024 / 1024}`,
        '--import',
        './tests/cli/report-peak-memory.mjs',
        bundleEntry,
        ...args,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, FZNB_PEAK_MEMORY_FILE: peakFile },
      },
    )
    const peakBytes = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) : null
    return { code: run.status, stdout: run.stdout, stderr: run.stderr, peakBytes }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
