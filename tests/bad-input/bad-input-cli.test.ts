// The bad-input corpus against the CLI contract (cli.md): exit 2 with exactly one Chinese line on stderr
// and nothing on stdout, or exit 0/1 with one JSON object; never a stack trace, never a hang.
// Every case up to 1 MB runs through runCli in-process (the CLI's own code, minus process start-up);
// the large ones are the import test's, through the same readInput + importReport. A sample also runs
// black-box as a clerk would type it, `npm run --silent cli -- check FILE`, with a kill timer.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureCliBundle } from '../../electron/cli-launcher/cli-bundle.mjs'
import { runCli } from '../../electron/cli/run-cli'
import { buildCorpus, type BadInputCase } from './corpus'
import { expectUserMessage } from './user-message'

const root = fileURLToPath(new URL('../../', import.meta.url))
const inProcessMaxBytes = 1024 * 1024
const blackBoxLimitMs = 60_000

interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Problems with one run against cli.md, empty when it keeps the contract. */
function contractProblems(item: BadInputCase, run: CliRun): string[] {
  const problems: string[] = []
  if (run.code === 2) {
    if (run.stdout !== '') problems.push('stdout not empty on exit 2')
    const problem = expectUserMessage(run.stderr.trimEnd())
    if (problem !== null) problems.push(problem)
  } else if (run.code === 0 || run.code === 1) {
    try {
      JSON.parse(run.stdout)
    } catch {
      problems.push('stdout is not one JSON object')
    }
  } else problems.push(`exit code ${String(run.code)}`)
  if (item.expect === 'refused' && run.code !== 2)
    problems.push(`exit ${String(run.code)}, but bad input must exit 2`)
  if (item.expect === 'report' && run.code === 2) problems.push(`refused: ${run.stderr.trim()}`)
  return problems.map((problem) => `${item.label}: ${problem}`)
}

async function runInProcess(path: string): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['check', path, '--json'], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  })
  return { code, stdout, stderr }
}

function runBlackBox(path: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'cli', '--', 'check', path, '--json'], { cwd: root })
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), blackBoxLimitMs)
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal === 'SIGKILL') reject(new Error(`${path}: no answer within ${blackBoxLimitMs} ms`))
      // npm prints its own config warnings ("npm warn …") even with --silent on some set-ups.
      resolve({ code, stdout, stderr: stderr.replace(/^npm warn .*\n/gm, '') })
    })
  })
}

describe('bad input through the CLI', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fznb-bad-cli-'))
  let cases: readonly BadInputCase[] = []
  const tally = { inProcess: 0, blackBox: 0 }

  beforeAll(async () => {
    // The black-box runs go through the compiled CLI: a build that fails must fail here, not pass as exit 2.
    await ensureCliBundle(root)
    cases = await buildCorpus(folder)
  })

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
    process.stdout.write(
      `[bad input] through the CLI: ${tally.inProcess} in-process (runCli), ${tally.blackBox} black-box (npm run cli -- check); contract kept\n`,
    )
  })

  it('keeps the contract for every case up to 1 MB', { timeout: 300_000 }, async () => {
    const problems: string[] = []
    for (const item of cases) {
      let size = 0
      try {
        size = statSync(item.path).size
      } catch {
        // Missing on purpose (the not-found case): still run.
      }
      if (size > inProcessMaxBytes) continue
      problems.push(...contractProblems(item, await runInProcess(item.path)))
      tally.inProcess += 1
    }
    expect(problems).toEqual([])
    expect(tally.inProcess).toBeGreaterThanOrEqual(100)
  })

  it('keeps it black-box too, for a sample of each kind', { timeout: 300_000 }, async () => {
    const sample = [
      'random-1000000.docx',
      'truncated-0.5.docx',
      'bomb-1000-to-1.docx',
      'bomb-lying-size.docx',
      'encrypted.docx',
      'billion-laughs.docx',
      '50MB.txt',
      'utf16be-bom.txt',
      'version-99.fznb',
      'deep-json.fznb',
    ]
    const chosen = cases.filter((item) => sample.some((name) => item.path.endsWith(name)))
    expect(chosen).toHaveLength(sample.length)
    const problems: string[] = []
    // Two at a time: npm start-up dominates, and the machine has two cores.
    for (let index = 0; index < chosen.length; index += 2) {
      const pair = chosen.slice(index, index + 2)
      const runs = await Promise.all(pair.map((item) => runBlackBox(item.path)))
      pair.forEach((item, at) => problems.push(...contractProblems(item, runs[at]!)))
      tally.blackBox += pair.length
    }
    expect(problems).toEqual([])
  })
})
