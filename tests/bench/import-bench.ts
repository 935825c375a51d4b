// Bench for .docx import: a 30-page report (export-bench's padded qingjiang, written by our exporter,
// so it has the 版头, tables of the 版记 and heading styles) through importReport — mammoth's document
// model, our walk and blocksToReport — against mammoth.extractRawText alone on the same bytes, in the
// same process. Target: ratio ≤ 1.5.
import mammoth from 'mammoth'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import { importReport } from '../../renderer/docx/import/import-report'
import type { BenchResult } from './bench-result'
import { buildThirtyPageReport } from './export-bench'
import { pairedMs, row } from './measure'

export async function benchImport(): Promise<BenchResult[]> {
  const bytes = await exportDocx(buildThirtyPageReport())
  const template = defaultTemplate()
  const buffer = Buffer.from(bytes)
  const imported = await importReport('bench.docx', bytes, template)
  if (!imported.ok) throw new Error(imported.error.message)
  const raw = (): Promise<unknown> => mammoth.extractRawText({ buffer })
  const ours = (): Promise<unknown> => importReport('bench.docx', bytes, template)
  // Both share mammoth's reader: the paired rounds warm it up through both before timing either, or the first
  // one measured would pay for the JIT (twice the time in a cold run).
  return [row('import', 'ms', await pairedMs(ours, raw, 30, 5))]
}
