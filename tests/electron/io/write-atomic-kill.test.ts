// Fault injection for electron/io/write-atomic.ts: a child process saves a large report over and over
// and is SIGKILLed at random moments. After every kill the target (and its .bak) must be the complete
// old or the complete new version and open cleanly; temps left by the dead writer must not pile up.
// A killed process still leaves the page cache behind, so this proves the temp+rename protocol, not
// fsync against power loss (that is the kernel's promise once sync() has returned).
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../electron/io/write-atomic'
import { parseReportFile } from '../../../renderer/core/report-file'
import { bundleChildScript } from './child-script'
import { largeReportFile } from './large-report'

const kills = 100

interface Saver {
  /**
   * Starts saving and kills the saver `pauseMs` after it began save number `save` (0-based), so kills
   * spread over first and later saves however fast this machine is; resolves with whether it was inside a write.
   */
  run(save: number, pauseMs: number): Promise<{ readonly midWrite: boolean }>
}

/** Spawns a saver that waits for the go signal on stdin. */
function spawnSaver(script: string, args: readonly string[]): Saver {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
  let out = ''
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const exited = new Promise<string | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (_code, signal) => resolve(signal))
  })
  return {
    async run(save, pauseMs) {
      let armed = false
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (armed || !out.includes(`s${save}\n`)) return
        armed = true
        setTimeout(() => child.kill('SIGKILL'), pauseMs)
      })
      child.stdin.write('go\n')
      const signal = await exited
      if (signal !== 'SIGKILL') throw new Error(`saver exited by itself: ${errors}`)
      return { midWrite: (out.trim().split('\n').at(-1) ?? '').startsWith('s') }
    },
  }
}

describe('writeFileAtomic under SIGKILL', () => {
  let folder: string
  let script: string
  const versions = { old: largeReportFile('旧版'), new: largeReportFile('新版') }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'fznb-kill-'))
    // Bundled once to plain JS: starting tsx 120 times would take minutes on two cores.
    script = join(folder, 'save-loop.mjs')
    await bundleChildScript('save-loop.ts', script)
    // Both versions open cleanly, so a target byte-equal to one of them does too.
    expect(parseReportFile(versions.old).ok && parseReportFile(versions.new).ok).toBe(true)
    writeFileSync(join(folder, 'old.json'), versions.old)
    writeFileSync(join(folder, 'new.json'), versions.new)
  })

  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it(`leaves the complete old or new file after each of ${kills} kills`, { timeout: 120_000 }, async () => {
    const target = join(folder, '清江镇2024年报告.fznb')
    await writeFileAtomic(target, versions.old, { keepBackup: true })
    const seen = { old: 0, new: 0, midWrite: 0, backups: 0, maxTemps: 0 }
    const started = Date.now()
    // Odd rounds save like the autosave (no .bak), even rounds like 保存 (with .bak).
    const saverArgs = (round: number): string[] => [
      target,
      join(folder, 'old.json'),
      join(folder, 'new.json'),
      round % 2 === 0 ? '1' : '0',
    ]
    // A few savers start ahead (Node needs up to half a second to start on a busy machine); only the one
    // that was told to go ever writes, so there is one writer at a time.
    const ahead = 3
    const queue = Array.from({ length: Math.min(ahead, kills) }, (_, round) =>
      spawnSaver(script, saverArgs(round)),
    )
    for (let round = 0; round < kills; round += 1) {
      const current = queue.shift()!
      if (round + ahead < kills) queue.push(spawnSaver(script, saverArgs(round + ahead)))
      const result = await current.run(Math.floor(Math.random() * 4), Math.random() * 30)
      if (result.midWrite) seen.midWrite += 1
      const text = readFileSync(target, 'utf8')
      expect(text === versions.old || text === versions.new, `round ${round}: target is torn`).toBe(true)
      if (text === versions.old) seen.old += 1
      else seen.new += 1
      const names = readdirSync(folder)
      if (names.includes('清江镇2024年报告.fznb.bak')) {
        seen.backups += 1
        const backupText = readFileSync(join(target + '.bak'), 'utf8')
        expect(
          backupText === versions.old || backupText === versions.new,
          `round ${round}: .bak is torn`,
        ).toBe(true)
      }
      // Only the dead writer's own temps (target and .bak) may be there; the next save removes them.
      const temps = names.filter((name) => name.endsWith('.tmp'))
      seen.maxTemps = Math.max(seen.maxTemps, temps.length)
      expect(temps.length, `round ${round}: temps pile up: ${temps.join(', ')}`).toBeLessThanOrEqual(2)
    }
    await writeFileAtomic(target, versions.new, { keepBackup: true })
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
    // Kills must hit real writes, or the test proves nothing.
    expect(seen.midWrite).toBeGreaterThan(kills / 4)
    expect(seen.old).toBeGreaterThan(0)
    expect(seen.new).toBeGreaterThan(0)
    process.stdout.write(
      `[saving] kills survived: ${kills}/${kills} (${seen.midWrite} during a write; target old ${seen.old} / new ${seen.new}; ` +
        `.bak checked ${seen.backups}; at most ${seen.maxTemps} orphaned temps, removed by the next save) ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s, ${(versions.old.length / 1e6).toFixed(1)} MB report\n`,
    )
  })
})
