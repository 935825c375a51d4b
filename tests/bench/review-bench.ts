// Bench for `review`: reports per second, end to end, over a folder of 200 real-sized Word reports (the three fixtures
// exported by our exporter, many copies each), through the CLI's review command in process with the Excel and the
// web page written — reading, importing, checking, the layout checks and the outputs.
// On one thread: the compiled CLI adds worker threads for a folder this size (review-workers.ts), but threads
// started afresh each round measure their start-up and their cold code, not the review (on this two-core machine
// they make a warm process slower, and a CLI run, cold throughout, 15 % faster). Each round reviews the whole
// folder: the throughput is the folder's reports over the round's time, not a per-file median. The baseline, paired
// round by round: reading and unzipping every file of the same folder (read-docx-zip.ts, with zlib as the CLI
// does), what any reviewer of a .docx has to do at least.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleEntry, ensureCliBundle } from '../../electron/cli-launcher/cli-bundle.mjs'
import { reviewCommand } from '../../electron/cli/review-command'
import { nativeInflate } from '../../electron/io/native-inflate'
import { walkFolder } from '../../electron/io/walk-folder'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { textToReport } from '../../renderer/core/import/text-to-report'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { readDocxZip } from '../../renderer/docx/zip/read-docx-zip'
import type { BenchResult } from './bench-result'
import { paired, row } from './measure'

const FIXTURES = ['qingjiang-2023', 'beiliu-2023', 'gongchuan-2023'] as const
const REPORTS = 200
const ROUNDS = 15
const root = fileURLToPath(new URL('../../', import.meta.url))

/** Peak resident memory of a Node process in MB, as GNU time reports it (%M, in KB). */
function peakRssMb(args: readonly string[]): number {
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    cwd: root,
    encoding: 'utf8',
  })
  if (run.error !== undefined) throw new Error(`/usr/bin/time could not run: ${run.error.message}`)
  const kilobytes = Number(run.stderr.trim().split('\n').at(-1))
  if (!Number.isFinite(kilobytes) || kilobytes <= 0)
    throw new Error(`no peak memory from /usr/bin/time: ${run.stderr}`)
  return kilobytes / 1024
}

async function buildFolder(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'fznb-review-bench-'))
  const template = defaultTemplate()
  const documents = await Promise.all(
    FIXTURES.map(async (name) => {
      const text = readFileSync(
        new URL(`../../../shared/fixtures/reports/${name}.txt`, import.meta.url),
        'utf8',
      )
      return { name, bytes: await exportDocx(textToReport(text, template)) }
    }),
  )
  for (let index = 0; index < REPORTS; index += 1) {
    const document = documents[index % documents.length]!
    writeFileSync(join(folder, `${document.name}-${String(index)}.docx`), document.bytes)
  }
  return folder
}

export async function benchReview(): Promise<BenchResult[]> {
  const folder = await buildFolder()
  const outputs = mkdtempSync(join(tmpdir(), 'fznb-review-out-'))
  const quiet = { stdout: (): void => undefined, stderr: (): void => undefined }
  try {
    const files = (await walkFolder(folder)).map((entry) => entry.path)
    const perSecond = (ms: number): number => (files.length * 1000) / ms
    const rounds = await paired(
      async (which) => {
        const start = performance.now()
        if (which === 'ours')
          await reviewCommand.run(
            [folder, '-o', join(outputs, '汇总.xlsx'), '-o', join(outputs, '汇总.html')],
            quiet,
          )
        else for (const file of files) readDocxZip(new Uint8Array(await readFile(file)), file, nativeInflate)
        return perSecond(performance.now() - start)
      },
      ROUNDS,
      1,
    )
    await ensureCliBundle(root)
    const review = [
      bundleEntry,
      'review',
      folder,
      '-o',
      join(outputs, '汇总.xlsx'),
      '-o',
      join(outputs, '汇总.html'),
    ]
    const memory = await paired((which) => peakRssMb(which === 'ours' ? review : ['-e', '0']), ROUNDS, 1)
    return [row('review-reports-per-second', 'reports/s', rounds), row('review-peak-rss', 'MB', memory)]
  } finally {
    rmSync(folder, { recursive: true, force: true })
    rmSync(outputs, { recursive: true, force: true })
  }
}
