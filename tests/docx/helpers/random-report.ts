// Reports of random shape from a seed, for what no one thought to write by hand: three to five parts, sub-headings
// stand-alone or run in, level-3 headings, paragraphs of 20–220 characters with figures, one or two issuers, with or
// without 文号, 签发人, 主送, 抄送 and 印发. The same seed gives the same report.
import {
  emptyMeta,
  type Block,
  type Part,
  type Report,
  type ReportVersion,
} from '../../../renderer/core/report'

const WORDS =
  '坚持以习近平法治思想为指导全面推进依法行政健全重大行政决策程序严格落实行政执法三项制度深入开展法治宣传教育不断提升基层治理法治化水平全年办理行政复议案件3件行政诉讼案件2件负责人出庭应诉率100%，。'
const NUMBERS = ['一', '二', '三', '四', '五', '六']

export interface RandomReport {
  readonly report: Report
  readonly version: ReportVersion
}

export function randomReport(seed: number): RandomReport {
  let state = seed
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1))
  const chance = (p: number): boolean => random() < p
  const text = (length: number): string => {
    let out = ''
    for (let i = 0; i < length; i++) out += WORDS[Math.floor(random() * WORDS.length)]
    return `${out.replace(/[，。]+$/u, '')}。`
  }
  const phrase = (length: number): string => text(length).replace(/。$/u, '')
  const paragraph = (content: string): Block => ({ kind: 'paragraph', runs: [{ text: content }], line: null })

  const parts: Part[] = Array.from({ length: between(3, 5) }, () => {
    const blocks: Block[] = []
    const items = between(1, 4)
    for (let k = 0; k < items; k++) {
      if (chance(0.5)) {
        blocks.push({ kind: 'heading', level: 2, text: phrase(between(8, 18)), line: null })
        for (let q = between(1, 3); q > 0; q--) blocks.push(paragraph(text(between(20, 220))))
      } else blocks.push(paragraph(`（${NUMBERS[k]!}）${text(between(8, 18))}${text(between(20, 220))}`))
      if (chance(0.2))
        blocks.push({ kind: 'heading', level: 3, text: phrase(10), line: null }, paragraph(text(60)))
    }
    return { id: null, heading: phrase(between(10, 22)), line: null, blocks }
  })
  const joint = chance(0.4)
  const report: Report = {
    meta: {
      ...emptyMeta,
      title: '示范镇2023年法治政府建设情况的报告',
      recipients: chance(0.7) ? '示范县人民政府' : null,
      issuers: joint ? ['中共示范镇委员会', '示范镇人民政府'] : ['示范镇人民政府'],
      dateText: '2024年1月25日',
      docNumber: chance(0.6) ? '示政〔2024〕3号' : null,
      signer: chance(0.5) ? '王明' : null,
      copyTo: chance(0.5) ? '示范县司法局' : null,
      printedBy: chance(0.5) ? '示范镇党政办公室' : null,
      printedDateText: '2024年1月25日',
      reportYear: 2023,
    },
    preamble: [paragraph(text(80))],
    parts,
  }
  return { report, version: chance(0.5) ? 'upward' : 'public' }
}
