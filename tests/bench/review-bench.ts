// Bench for `review`: reports per second over a folder of 30 reports (15 .txt, 15 .docx exported from the
// three fixtures), through reviewFolder — reading, importing, checking and, for .docx, the layout checks.
// The baseline, in the same process over the same files: only loading each into a Report (load-report.ts:
// text through textToReport, .docx through the importer), so the ratio shows what reviewing adds on top.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { textToReport } from '../../renderer/core/import/text-to-report'
import { checkConformance } from '../../renderer/docx/conformance/check-conformance'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { loadReport } from '../../electron/cli/load-report'
import { reviewFolder } from '../../electron/cli/review/review-folder'
import { walkFolder } from '../../electron/io/walk-folder'
import type { BenchResult } from './bench-result'
import { medianMs, result } from './measure'

const FIXTURES = ['qingjiang-2023', 'beiliu-2023', 'gongchuan-2023'] as const
const COPIES = 5

async function buildFolder(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'fznb-review-bench-'))
  const template = defaultTemplate()
  for (const name of FIXTURES) {
    const text = readFileSync(
      new URL(`../../../shared/fixtures/reports/${name}.txt`, import.meta.url),
      'utf8',
    )
    const docx = await exportDocx(textToReport(text, template))
    for (let copy = 1; copy <= COPIES; copy += 1) {
      writeFileSync(join(folder, `${name}-${String(copy)}.txt`), text)
      writeFileSync(join(folder, `${name}-${String(copy)}.docx`), docx)
    }
  }
  return folder
}

export async function benchReview(): Promise<BenchResult[]> {
  const folder = await buildFolder()
  try {
    const template = defaultTemplate()
    const files = (await walkFolder(folder)).map((entry) => entry.path)
    const reviewMs = await medianMs(() => reviewFolder(folder, template), 5, 1)
    const loadMs = await medianMs(
      async () => {
        for (const file of files) await loadReport(file, template)
      },
      5,
      1,
    )
    const docxFiles = files.filter((file) => file.endsWith('.docx'))
    const docx = docxFiles.map((file) => ({
      bytes: new Uint8Array(readFileSync(file)),
      name: basename(file),
    }))
    const importDocxMs = await medianMs(
      async () => {
        for (const file of docxFiles) await loadReport(file, template)
      },
      5,
      1,
    )
    const conformanceMs = await medianMs(
      () => {
        // A copy each round: the zip reader remembers the bytes it has read (read-docx-zip.ts).
        for (const file of docx) checkConformance(file.bytes.slice(), file.name)
      },
      5,
      1,
    )
    const perSecond = (ms: number): number => (files.length * 1000) / ms
    return [
      result(
        `review ${String(files.length)} reports (.txt + .docx), throughput`,
        perSecond(reviewMs),
        'reports/s',
        perSecond(loadMs),
      ),
      // Layout checks of one .docx against importing the same .docx: both read the same zip and XML.
      result(
        'review: layout checks per .docx, median',
        conformanceMs / docx.length,
        'ms',
        importDocxMs / docx.length,
      ),
    ]
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
