// Every case of the bad-input corpus through the readers directly (fast): the CLI's path (readInput:
// size, kind, capped zip reader → importReport → checkReport) and the desktop app's (openDocument in main).
// Each gives a one-line Chinese error or a report the checker can check; nothing throws, nothing hangs.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readInput } from '../../electron/io/read-input'
import { openDocument } from '../../electron/main/open-document'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { checkReport } from '../../renderer/core/check/check-report'
import type { AppError, Result } from '../../renderer/core/result'
import { importReport } from '../../renderer/docx/import/import-report'
import { buildCorpus, type BadInputCase } from './corpus'
import { expectUserMessage } from './user-message'

/** Per case. Generous for a loaded two-core machine; a real report opens in well under a second. */
const caseLimitMs = 20_000

async function openLikeTheCli(path: string): Promise<Result<{ findings: number }, AppError>> {
  const template = defaultTemplate()
  const input = await readInput(path)
  if (!input.ok) return input
  const imported = await importReport(input.value.name, input.value.bytes, template)
  if (!imported.ok) return imported
  return { ok: true, value: { findings: checkReport(imported.value.report, template).findings.length } }
}

function withinLimit<T>(work: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${caseLimitMs} ms`)), caseLimitMs)
  })
  return Promise.race([work, limit]).finally(() => clearTimeout(timer))
}

describe('bad input through the readers', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fznb-bad-input-'))
  let cases: readonly BadInputCase[] = []
  const tally = { tried: 0, refused: 0, opened: 0, slowest: 0, slowestLabel: '' }

  beforeAll(async () => {
    cases = await buildCorpus(folder)
  })

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
    process.stdout.write(
      `[bad input] tried: ${tally.tried} (refused ${tally.refused} with a Chinese message, opened ${tally.opened}); ` +
        `slowest ${(tally.slowest / 1000).toFixed(1)} s (${tally.slowestLabel})\n`,
    )
  })

  it('has at least 100 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100)
  })

  it('answers every case in time with a report or a Chinese error', { timeout: 600_000 }, async () => {
    const failures: string[] = []
    for (const item of cases) {
      const started = performance.now()
      let result: Result<{ findings: number }, AppError>
      let desktop: Awaited<ReturnType<typeof openDocument>>
      try {
        result = await withinLimit(openLikeTheCli(item.path), item.label)
        desktop = await withinLimit(openDocument(item.path), item.label)
      } catch (error) {
        failures.push(`${item.label}: threw ${String(error)}`)
        continue
      }
      const elapsed = performance.now() - started
      tally.tried += 1
      if (elapsed > tally.slowest) Object.assign(tally, { slowest: elapsed, slowestLabel: item.label })
      if (result.ok) tally.opened += 1
      else {
        tally.refused += 1
        const problem = expectUserMessage(result.error.message)
        if (problem !== null) failures.push(`${item.label}: ${problem}`)
      }
      if (item.expect === 'report' && !result.ok)
        failures.push(`${item.label}: refused (${result.error.code}) but should open`)
      if (item.expect === 'refused' && result.ok) failures.push(`${item.label}: opened but should be refused`)
      if (item.code !== undefined && (result.ok || result.error.code !== item.code))
        failures.push(
          `${item.label}: expected ${item.code}, got ${result.ok ? 'a report' : result.error.code}`,
        )
      // The desktop app's main process reads files the same way up to the importer.
      if (!desktop.ok) {
        const problem = expectUserMessage(desktop.error.message)
        if (problem !== null) failures.push(`${item.label} (desktop): ${problem}`)
        if (result.ok)
          failures.push(`${item.label}: the desktop app refuses (${desktop.error.code}) what the CLI opens`)
      }
    }
    expect(failures).toEqual([])
  })
})
