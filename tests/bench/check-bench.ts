// Bench for `check`: a 30,000-character report built from the real fixtures, read from text and checked (what the
// app does after every edit, debounced, and the CLI's check). The baseline, paired round by round: reading the same
// text into a Report alone, which any checker has to do first, so the ratio is what checking adds to reading.
import { readFileSync } from 'node:fs'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { checkReport } from '../../renderer/core/check/check-report'
import { textToReport } from '../../renderer/core/import/text-to-report'
import type { BenchResult } from './bench-result'
import { pairedMs, row } from './measure'

const TARGET_LENGTH = 30_000
const WARMUP = 20
const ROUNDS = 200

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

export async function benchCheck(): Promise<BenchResult[]> {
  const text = buildLongReport()
  const template = defaultTemplate()
  const rounds = await pairedMs(
    () => checkReport(textToReport(text, template), template),
    () => textToReport(text, template),
    ROUNDS,
    WARMUP,
  )
  return [row('check', 'ms', rounds)]
}
