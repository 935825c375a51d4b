// Spawns the CLI the way cli.md documents it. `npm run --silent` keeps npm's own "> script" banner and
// config warnings out of stdout/stderr, so what the tests assert is exactly what our program prints.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export function runCli(...args: string[]): CliRun {
  const run = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
