// The compiled CLI (electron/cli-launcher/cli-bundle.mjs): a source changed after the last build makes the next
// `npm run cli` build again, so a stale bundle never runs; `check` of a .docx never loads docx (the writer) or
// jschardet, and `review` needs no package beside the bundle for its workbook; and the code cache is used, kept apart per command and Node flags, and never outlives
// its bundle.
import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  bundleEntry,
  bundleFolder,
  bundleStaleness,
  ensureCliBundle,
} from '../../electron/cli-launcher/cli-bundle.mjs'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { textToReport } from '../../renderer/core/import/text-to-report'
import { exportDocx } from '../../renderer/docx/export/export-docx'

const root = fileURLToPath(new URL('../../', import.meta.url))

const reportText = [
  '清江镇2023年法治政府建设年度报告',
  '一、推进法治政府建设的主要举措和成效',
  '全年办理行政复议案件5件，行政诉讼案件3件。',
  '二、推进法治政府建设中存在的问题不足',
  '法治宣传的针对性还不够强。',
  '',
].join('\n')

function run(
  script: string,
  args: readonly string[],
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 120_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('a source change rebuilds the CLI before it runs', () => {
  const copy = mkdtempSync(join(tmpdir(), 'fznb-cli-copy-'))
  const launcher = join(copy, 'electron/cli-launcher/index.mjs')
  const input = join(copy, 'report.txt')
  const stamp = join(copy, bundleFolder, 'stamp.json')

  beforeAll(() => {
    for (const part of ['electron', 'renderer', 'templates', 'package.json'])
      cpSync(join(root, part), join(copy, part), { recursive: true })
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir')
    writeFileSync(input, reportText)
  })
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it(
    'builds on first run, not on the second, and again after an edit or a touch',
    { timeout: 180_000 },
    () => {
      expect(bundleStaleness(copy)).toBe('not built')
      const first = run(launcher, ['check', input])
      expect(first.stderr).toBe('')
      expect(first.stdout).toContain('部分：')
      expect(bundleStaleness(copy)).toBeNull()
      const builtAt = statSync(stamp).mtimeMs

      expect(run(launcher, ['check', input]).stdout).toBe(first.stdout)
      expect(statSync(stamp).mtimeMs).toBe(builtAt)

      // an edited message shows at once: the old bundle did not run
      const formatCheck = join(copy, 'electron/cli/format-check.ts')
      writeFileSync(formatCheck, readFileSync(formatCheck, 'utf8').replace("'部分：'", "'各部分：'"))
      expect(bundleStaleness(copy)).toBe('electron/cli/format-check.ts changed')
      const edited = run(launcher, ['check', input])
      expect(edited.stdout).toContain('各部分：')
      expect(bundleStaleness(copy)).toBeNull()
      // the new bundle has a name of its own, so the old bundle's code cache is never read for it
      const bundles = (): string[] =>
        readdirSync(join(copy, bundleFolder)).filter((name) => /^cli-[0-9a-f]+\.cjs$/.test(name))
      expect(bundles()).toHaveLength(2)
      const checkCaches = readdirSync(join(copy, bundleFolder)).filter((name) => name.includes('.check-'))
      expect(new Set(checkCaches.map((name) => name.split('.')[0])).size).toBe(2)

      // a file whose time alone changed (a git checkout, a pull) counts as changed as well; set to a minute
      // ago, as a time in the future would be taken for a save during the build (no stamp, build next time)
      const core = join(copy, 'renderer/core/check/check-report.ts')
      const earlier = new Date(Date.now() - 60_000)
      utimesSync(core, earlier, earlier)
      expect(bundleStaleness(copy)).toBe('renderer/core/check/check-report.ts changed')
      const touchedAt = statSync(stamp).mtimeMs
      expect(run(launcher, ['check', input]).stdout).toBe(edited.stdout)
      expect(statSync(stamp).mtimeMs).toBeGreaterThan(touchedAt)
      expect(bundleStaleness(copy)).toBeNull()
    },
  )
})

describe('check of a .docx loads only what it runs', () => {
  const copy = mkdtempSync(join(tmpdir(), 'fznb-cli-alone-'))
  const bundle = join(copy, 'cli')
  const docx = join(copy, 'report.docx')
  const text = join(copy, 'report.txt')

  beforeAll(async () => {
    await ensureCliBundle(root)
    // out/cli alone, with no node_modules above it: the packages left out of the bundle cannot be found
    cpSync(join(root, bundleFolder), bundle, { recursive: true })
    writeFileSync(text, reportText)
    writeFileSync(docx, await exportDocx(textToReport(reportText, defaultTemplate()), { version: 'upward' }))
  })
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it(
    'checks a .docx without docx and jschardet, which export and a .txt need; reviews with the bundle alone',
    { timeout: 120_000 },
    () => {
      const entry = join(bundle, bundleEntry.slice(bundleFolder.length + 1))
      const checked = run(entry, ['check', docx])
      expect(checked.stderr).toBe('')
      expect(checked.code).toBe(1)
      expect(checked.stdout).toContain('部分：')
      // what the other commands and inputs need is missing here, so each of them fails
      const exported = run(entry, ['export', docx, '-o', join(copy, 'out.docx')])
      expect(exported.code).toBe(2)
      expect(exported.stderr).toContain('内部错误')
      expect(run(entry, ['check', text]).stderr).toContain('内部错误')
      // the workbook's writer is in the bundle: the review of the .docx is written (the .txt is a row saying why
      // it could not be read, the guesser being missing here), exit 1 for the .docx's findings
      const summary = join(copy, 'summary.xlsx')
      const reviewed = run(entry, ['review', copy, '-o', summary])
      expect(reviewed.stderr).toBe('')
      expect(reviewed.code).toBe(1)
      expect(reviewed.stdout).toContain('report.docx')
      expect(reviewed.stdout).toContain('report.txt：退回（无法读取）')
      expect(existsSync(summary)).toBe(true)
    },
  )
})

describe('the code cache', () => {
  const copy = mkdtempSync(join(tmpdir(), 'fznb-cli-cache-'))
  const bundle = join(copy, 'cli')
  const text = join(copy, 'report.txt')
  const docx = join(copy, 'report.docx')
  const caches = (): string[] =>
    readdirSync(bundle)
      .filter((name) => name.endsWith('.cache'))
      .sort()
  /** The cache of `check` run without Node flags, as the first test finds it. */
  let plainCheckCache = ''

  beforeAll(async () => {
    await ensureCliBundle(root)
    cpSync(join(root, bundleFolder), bundle, { recursive: true })
    for (const cache of caches()) rmSync(join(bundle, cache))
    // node_modules beside the copy, so that every command finds what the bundle leaves out
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir')
    writeFileSync(text, reportText)
    writeFileSync(docx, await exportDocx(textToReport(reportText, defaultTemplate()), { version: 'upward' }))
  })
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it('is written by the first run of a command, used by the next, and kept per command and flags', () => {
    const entry = join(bundle, bundleEntry.slice(bundleFolder.length + 1))
    const first = run(entry, ['check', text])
    expect(first.code).toBe(1)
    const written = caches()
    expect(written).toHaveLength(1)
    plainCheckCache = written[0] ?? ''
    expect(written[0]).toMatch(/^cli-[0-9a-f]{16}\.check-txt\.[0-9a-f]{8}\.cache$/)
    const writtenAt = statSync(join(bundle, written[0] ?? '')).mtimeMs

    // the same command again reads the cache and leaves it as it was, and prints the same
    expect(run(entry, ['check', text]).stdout).toBe(first.stdout)
    expect(statSync(join(bundle, written[0] ?? '')).mtimeMs).toBe(writtenAt)

    // a mistyped command writes nothing; another command, or other Node flags, get a cache of their own
    expect(run(entry, ['chek', text]).code).toBe(2)
    expect(caches()).toHaveLength(1)
    const flagged = spawnSync(process.execPath, ['--max-old-space-size=400', entry, 'check', text], {
      encoding: 'utf8',
    })
    expect(flagged.stdout).toBe(first.stdout)
    expect(run(entry, ['rollover', text, '-o', join(copy, 'next.fznb'), '--year', '2024']).code).toBe(0)
    expect(caches()).toHaveLength(3)
    expect(caches().filter((name) => name.includes('.rollover-txt.'))).toHaveLength(1)
  })

  it('that is damaged is refused by V8: the run still works and writes a good cache in its place', () => {
    const entry = join(bundle, bundleEntry.slice(bundleFolder.length + 1))
    const cache = plainCheckCache
    expect(cache).not.toBe('')
    writeFileSync(join(bundle, cache), Buffer.alloc(4096, 7))
    const damaged = run(entry, ['check', text])
    expect(damaged.code).toBe(1)
    expect(damaged.stderr).toBe('')
    expect(readFileSync(join(bundle, cache)).equals(Buffer.alloc(4096, 7))).toBe(false)
  })

  it('is kept per kind of input: a check of a .docx does not start from what a check of a .txt compiled', () => {
    const entry = join(bundle, bundleEntry.slice(bundleFolder.length + 1))
    const textCache = join(bundle, plainCheckCache)
    const docxCache = textCache.replace('.check-txt.', '.check-docx.')
    rmSync(textCache)
    // a .txt needs no .docx importer: its cache holds none of it
    expect(run(entry, ['check', text]).code).toBe(1)
    expect(existsSync(docxCache)).toBe(false)
    const first = run(entry, ['check', docx])
    expect(first.stderr).toBe('')
    expect(first.stdout).toContain('部分：')
    const textBytes = readFileSync(textCache)
    const docxBytes = readFileSync(docxCache)
    expect(docxBytes.length).toBeGreaterThan(textBytes.length)
    // each kind reads its own cache from now on and leaves both as they are
    expect(run(entry, ['check', docx]).stdout).toBe(first.stdout)
    expect(run(entry, ['check', text]).code).toBe(1)
    expect(readFileSync(docxCache).equals(docxBytes)).toBe(true)
    expect(readFileSync(textCache).equals(textBytes)).toBe(true)
  })
})

describe('the compiled CLI', () => {
  it('bundles stand-ins for what mammoth requires and the CLI never calls', async () => {
    await ensureCliBundle(root)
    const metafile = JSON.parse(readFileSync(join(root, bundleFolder, 'metafile.json'), 'utf8')) as {
      inputs: Record<string, unknown>
    }
    const inputs = Object.keys(metafile.inputs)
    expect(inputs.some((input) => input.includes('node_modules/mammoth/'))).toBe(true)
    expect(inputs.filter((input) => /node_modules\/(jszip|xmlbuilder|pako)\//.test(input))).toEqual([])
    expect(inputs).toContain('unused-by-cli:jszip')
  })

  it('carries zod with its English messages only, not the 64 languages of z.locales', async () => {
    await ensureCliBundle(root)
    const metafile = JSON.parse(readFileSync(join(root, bundleFolder, 'metafile.json'), 'utf8')) as {
      inputs: Record<string, unknown>
    }
    const locales = Object.keys(metafile.inputs).filter((input) =>
      input.includes('node_modules/zod/v4/locales/'),
    )
    expect(locales).toEqual(['node_modules/zod/v4/locales/en.js'])
    expect(Object.keys(metafile.inputs).some((input) => input.includes('node_modules/zod/v4/core/'))).toBe(
      true,
    )
  })

  it('ends quietly when the reader of its output has gone', async () => {
    await ensureCliBundle(root)
    const scratch = mkdtempSync(join(tmpdir(), 'fznb-cli-pipe-'))
    try {
      const text = join(scratch, 'report.txt')
      writeFileSync(text, reportText)
      const child = spawn(process.execPath, [join(root, bundleEntry), 'check', text], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      // closed before the check has written a line, as `| head -0` would
      child.stdout.destroy()
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
      expect(stderr).toBe('')
      expect(code).toBe(1)
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  })
})
