// The CLI reads the clock and hands the day to the check, so `check` and `review` name a 成文日期 still to
// come as the app does (the core itself reads no clock).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { reviewFolder } from '../../electron/cli/review/review-folder'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { runCli } from './run-cli'

const qingjiang = fileURLToPath(
  new URL('../../../shared/fixtures/reports/qingjiang-2023.txt', import.meta.url),
)
const scratch = mkdtempSync(join(tmpdir(), 'fznb-today-'))

/** qingjiang-2023 with its 成文日期 (the line of its own, not the 印发日期) replaced. */
function signedOn(date: string): string {
  const text = readFileSync(qingjiang, 'utf8')
  const signed = '清江镇人民政府\n\n2024年3月18日\n'
  if (!text.includes(signed)) throw new Error('qingjiang-2023 no longer ends with its 署名 and 成文日期')
  return text.replace(signed, `清江镇人民政府\n\n${date}\n`)
}

interface JsonFinding {
  readonly rule: string
  readonly severity: string
  readonly message: string
}

const futureOf = (findings: readonly JsonFinding[]): JsonFinding[] =>
  findings.filter((finding) => finding.rule === 'date-in-future')

describe('npm run cli -- check, by the day it runs', () => {
  it('names a 成文日期 still to come as an error, and one that has passed not', () => {
    const file = join(scratch, 'future.txt')
    // a year no machine running this test has reached
    writeFileSync(file, signedOn('2199年3月18日'))
    const run = runCli('check', file, '--json')
    expect(run.code).toBe(1)
    const future = futureOf((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings)
    expect(future).toHaveLength(1)
    expect(future[0]).toMatchObject({ severity: 'error' })
    expect(future[0]!.message).toContain('成文日期“2199年3月18日”晚于今天')
    const passed = runCli('check', qingjiang, '--json')
    expect(futureOf((JSON.parse(passed.stdout) as { findings: JsonFinding[] }).findings)).toEqual([])
  })
})

describe('review of a folder, by the day it runs', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('judges each report’s 成文日期 against the clock', async () => {
    const folder = join(scratch, '各乡镇')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, '清江镇.txt'), signedOn('2024年3月18日'))
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2024, 2, 10, 9))
    const before = await reviewFolder(folder, defaultTemplate())
    vi.setSystemTime(new Date(2024, 2, 18, 9))
    const onTheDay = await reviewFolder(folder, defaultTemplate())
    expect(futureOf(before.rows[0]?.findings ?? [])).toHaveLength(1)
    expect(futureOf(before.rows[0]?.findings ?? [])[0]?.message).toContain('晚于今天（2024年3月10日）')
    expect(futureOf(onTheDay.rows[0]?.findings ?? [])).toEqual([])
  })
})
