// Bench for `check`: a 30,000-character report built from the real fixtures, imported and checked
// from text (what the app does after every edit, debounced). Target: median < 5 ms. The baseline
// is a plain line split + regex scan of the same text in the same process, so the ratio stays
// comparable across machines.
import { readFileSync } from 'node:fs'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { checkReport } from '../../renderer/core/check/check-report'
import { textToReport } from '../../renderer/core/import/text-to-report'
import type { BenchResult } from './bench-result'

const TARGET_LENGTH = 30_000
const WARMUP = 20
const RUNS = 200

function fixture(name: string): string {
  return readFileSync(new URL(`../../../shared/fixtures/reports/${name}`, import.meta.url), 'utf8')
}

/** qingjiang's 版头, parts and 版记, its measures padded with body paragraphs from all three reports. */
export function buildLongReport(): string {
  const skeleton = fixture('qingjiang-2023.txt')
  const filler = ['beiliu-2023.txt', 'gongchuan-2023.txt', 'qingjiang-2023.txt']
    .flatMap((name) => fixture(name).split('\n'))
    .map((line) => line.replace(/[#*]/g, '').trim())
    .filter((line) => line.length > 60 && !/^[一二三四五六七八九十]+、|^[（(]/.test(line))
  const cut = skeleton.indexOf('二、推进法治政府建设中存在的问题不足')
  const inserted: string[] = []
  let length = skeleton.length
  for (let index = 0; length < TARGET_LENGTH; index += 1) {
    const paragraph = filler[index % filler.length] ?? ''
    inserted.push(paragraph)
    length += paragraph.length + 2
  }
  return `${skeleton.slice(0, cut)}${inserted.join('\n\n')}\n\n${skeleton.slice(cut)}`
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function timeMedian(run: () => unknown): number {
  for (let i = 0; i < WARMUP; i += 1) run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return median(times)
}

/** What any reader of the text has to do at least: split lines, spot headings and a few keywords. */
function plainScan(text: string): number {
  let hits = 0
  for (const line of text.split('\n')) {
    if (/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/.test(line)) hits += 1
    if (/复议|诉讼|生效裁判|第一责任人|\d+件/.test(line)) hits += 1
  }
  return hits
}

export async function benchCheck(): Promise<BenchResult[]> {
  const text = buildLongReport()
  const template = defaultTemplate()
  const checkMs = timeMedian(() => checkReport(textToReport(text, template), template))
  const scanMs = timeMedian(() => plainScan(text))
  const throughput = 1000 / checkMs
  const scanThroughput = 1000 / scanMs
  return Promise.resolve([
    {
      name: `check ${String(text.length)}-char report, median`,
      value: checkMs,
      unit: 'ms',
      baseline: scanMs,
      ratio: checkMs / scanMs,
    },
    {
      name: 'check throughput',
      value: throughput,
      unit: 'reports/s',
      baseline: scanThroughput,
      ratio: throughput / scanThroughput,
    },
  ])
}
