// The compiled CLI (electron/cli-launcher/cli-bundle.mjs): a source changed after the last build makes the next
// `npm run cli` build again, so a stale bundle never runs; and `check` never loads the chunks that hold
// exceljs, docx (the writer) or, for a text file, mammoth.
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
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

interface Metafile {
  readonly outputs: Readonly<Record<string, { readonly inputs: Readonly<Record<string, unknown>> }>>
}

describe('check loads only what it runs', () => {
  const copy = mkdtempSync(join(tmpdir(), 'fznb-cli-chunks-'))
  const bundle = join(copy, 'cli')
  const docx = join(copy, 'report.docx')
  const text = join(copy, 'report.txt')

  /** The bundle's files (relative to out/cli) holding any module of `packageName`. */
  function chunksOf(packageName: string): string[] {
    const meta = JSON.parse(readFileSync(join(bundle, 'metafile.json'), 'utf8')) as Metafile
    return Object.entries(meta.outputs)
      .filter(([, output]) =>
        Object.keys(output.inputs).some((input) => input.startsWith(`node_modules/${packageName}/`)),
      )
      .map(([path]) => path.slice(bundleFolder.length + 1))
  }

  function removeChunksOf(packageName: string): void {
    const chunks = chunksOf(packageName)
    expect(chunks.length).toBeGreaterThan(0)
    expect(chunks).not.toContain('index.js')
    for (const chunk of chunks) rmSync(join(bundle, chunk))
  }

  beforeAll(async () => {
    await ensureCliBundle(root)
    cpSync(join(root, bundleFolder), bundle, { recursive: true })
    writeFileSync(text, reportText)
    writeFileSync(docx, await exportDocx(textToReport(reportText, defaultTemplate()), { version: 'upward' }))
  })
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it(
    'checks a .docx without the exceljs and docx chunks, and a .txt without mammoth',
    { timeout: 120_000 },
    () => {
      const entry = join(bundle, bundleEntry.slice(bundleFolder.length + 1))
      removeChunksOf('exceljs')
      removeChunksOf('docx')
      const checked = run(entry, ['check', docx])
      expect(checked.stderr).toBe('')
      expect(checked.code).toBe(1)
      expect(checked.stdout).toContain('部分：')
      // the removed chunks were the ones the other commands need
      const exported = run(entry, ['export', text, '-o', join(copy, 'out.docx')])
      expect(exported.code).toBe(2)
      expect(exported.stderr).toContain('内部错误')
      const summary = join(copy, 'summary.xlsx')
      expect(run(entry, ['review', copy, '-o', summary]).code).toBe(2)
      expect(existsSync(summary)).toBe(false)

      removeChunksOf('mammoth')
      const checkedText = run(entry, ['check', text])
      expect(checkedText.stderr).toBe('')
      expect(checkedText.stdout).toContain('部分：')
      expect(run(entry, ['check', docx]).stderr).toContain('内部错误')
    },
  )
})
