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
import { pairedMs, row } from './measure'

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

export async function benchExport(): Promise<BenchResult[]> {
  const report = buildThirtyPageReport()
  const full = await pairedMs(
    () => exportDocx(report, { version: 'upward' }),
    () => rawPacker(report),
    ROUNDS,
  )
  const frame = frameOnly(report)
  const empty = await pairedMs(
    () => exportDocx(frame, { version: 'upward' }),
    () => rawPacker(frame),
    ROUNDS,
  )
  // the big documents (a 5000 × 100 table, 20,000 paragraphs) are held to their memory in
  // tests/docx/export/big-documents.test.ts; timed here they would take minutes a round
  return [row('export', 'ms', full), row('export-frame-only', 'ms', empty)]
}
