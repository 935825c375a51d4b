// Bench for the official .docx export: a 30-page report (qingjiang padded with body paragraphs of all three
// fixtures) through exportDocx, against the raw docx Packer writing the same paragraphs with no styling, in the
// same process. Target: ratio ≤ 1.3.
import { readFileSync } from 'node:fs'
import { Document, Packer, Paragraph, TextRun } from 'docx'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { textToReport } from '../../renderer/core/import/text-to-report'
import { blockText, type Block, type Report } from '../../renderer/core/report'
import { exportDocx } from '../../renderer/docx/export/export-docx'
import type { BenchResult } from './bench-result'
import { pairedMedianMs, result } from './measure'

const PAGES = 30
const LINES_PER_PAGE = 22
const CHARS_PER_LINE = 28
/** Each round is ~40 ms of both; a hundred keep the median ratio within a few hundredths from run to run. */
const ROUNDS = 100

function fixture(name: string): Report {
  const text = readFileSync(new URL(`../../../shared/fixtures/reports/${name}`, import.meta.url), 'utf8')
  return textToReport(text, defaultTemplate())
}

const lines = (block: Block): number => Math.ceil((blockText(block).length + 2) / CHARS_PER_LINE)

/** qingjiang with its first part padded until the body fills about 30 pages of 22 lines. */
export function buildThirtyPageReport(): Report {
  const base = fixture('qingjiang-2023.txt')
  const filler = ['beiliu-2023.txt', 'gongchuan-2023.txt', 'qingjiang-2023.txt']
    .flatMap((name) => fixture(name).parts.flatMap((part) => part.blocks))
    .filter((block) => block.kind === 'paragraph')
  const all = (report: Report): Block[] => [
    ...report.preamble,
    ...report.parts.flatMap((part) => part.blocks),
  ]
  let total = all(base).reduce((sum, block) => sum + lines(block), 0)
  const extra: Block[] = []
  for (let index = 0; total < PAGES * LINES_PER_PAGE; index += 1) {
    const block = filler[index % filler.length]!
    extra.push(block)
    total += lines(block)
  }
  const [first, ...rest] = base.parts
  return { ...base, parts: [{ ...first!, blocks: [...first!.blocks, ...extra] }, ...rest] }
}

/** The same text as plain, unstyled paragraphs: what docx itself costs. */
async function rawPacker(report: Report): Promise<Uint8Array> {
  const texts = [
    report.meta.issuerMark ?? '',
    report.meta.docNumber ?? '',
    report.meta.title ?? '',
    report.meta.recipients ?? '',
    ...report.preamble.map(blockText),
    ...report.parts.flatMap((part) => [part.heading ?? '', ...part.blocks.map(blockText)]),
    ...report.meta.issuers,
    report.meta.dateText ?? '',
    report.meta.copyTo ?? '',
    report.meta.printedBy ?? '',
  ]
  const document = new Document({
    sections: [{ children: texts.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

/**
 * The same report with no body text: what the official frame costs (版头, 标题, 署名, 版记 tables, odd/even footer
 * parts, styles) against the raw Packer writing the same few lines (meta and part headings). Beside the 30-page figure, it shows how much of that ratio is
 * the frame, which every report pays once, and how much grows with the text.
 */
function frameOnly(report: Report): Report {
  return { ...report, preamble: [], parts: report.parts.map((part) => ({ ...part, blocks: [] })) }
}

/** A report of one part holding `blocks`, for the big-document figures. */
function bodyOnly(blocks: readonly Block[]): Report {
  return {
    meta: { ...buildThirtyPageReport().meta },
    preamble: [],
    parts: [{ id: 'measures', heading: '推进法治政府建设的主要举措和成效', line: null, blocks }],
  }
}

/** Bytes of heap the export holds per cell or paragraph at its largest, sampled while it runs (after a GC when exposed). */
async function heapPerItem(run: () => Promise<unknown>, items: number): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const before = process.memoryUsage().heapUsed
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1)
  await run()
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  return (peak - before) / items
}

/**
 * Big documents: a 500 × 100 table and 20,000 paragraphs, against the raw docx Packer writing the same texts as plain
 * paragraphs. Before the body was streamed (pack-docx.ts) the table took about 19 KB of heap per cell and a
 * 5000 × 100 table ran out of memory; tests/docx/export/big-documents.test.ts runs the full sizes in a 512 MB heap.
 */
async function benchBigDocuments(): Promise<BenchResult[]> {
  const rows = Array.from({ length: 500 }, (_, row) =>
    Array.from({ length: 100 }, (_, column) => `${String(row)}行${String(column)}列`),
  )
  const table = bodyOnly([{ kind: 'table', rows, header: true, line: null }])
  const paragraphs = bodyOnly(
    Array.from({ length: 20_000 }, (_, index) => ({
      kind: 'paragraph' as const,
      runs: [{ text: `第${String(index)}段：推进法治政府建设，全年召开专题会4次。` }],
      line: null,
    })),
  )
  const cells = rows.flat().map((text) => ({ kind: 'paragraph' as const, runs: [{ text }], line: null }))
  const rawCells = bodyOnly(cells)
  const tableTime = await pairedMedianMs(
    () => exportDocx(table),
    () => rawPacker(rawCells),
    5,
    1,
  )
  const paragraphTime = await pairedMedianMs(
    () => exportDocx(paragraphs),
    () => rawPacker(paragraphs),
    5,
    1,
  )
  const tableHeap = await heapPerItem(() => exportDocx(table), 50_000)
  const rawHeap = await heapPerItem(() => rawPacker(rawCells), 50_000)
  return [
    result(
      'export-docx-table-500x100 (vs raw Packer, cells as paragraphs)',
      tableTime.value,
      'ms',
      tableTime.baseline,
    ),
    result('export-docx-20000-paragraphs', paragraphTime.value, 'ms', paragraphTime.baseline),
    result('export-docx-table heap per cell (vs raw Packer per paragraph)', tableHeap, 'bytes', rawHeap),
  ]
}

export async function benchExport(): Promise<BenchResult[]> {
  const report = buildThirtyPageReport()
  const full = await pairedMedianMs(
    () => exportDocx(report, { version: 'upward' }),
    () => rawPacker(report),
    ROUNDS,
  )
  const frame = frameOnly(report)
  const empty = await pairedMedianMs(
    () => exportDocx(frame, { version: 'upward' }),
    () => rawPacker(frame),
    ROUNDS,
  )
  return [
    result('export-docx-30-pages', full.value, 'ms', full.baseline),
    result('export-docx-frame-only (no body text)', empty.value, 'ms', empty.baseline),
    ...(await benchBigDocuments()),
  ]
}
