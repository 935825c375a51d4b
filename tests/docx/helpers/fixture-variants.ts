// Reports no one wrote by hand but shaped like real ones: the three fixtures' text with paragraphs dropped or cut
// short at random (a sentence closed where it was cut), read by the product's text reader, and every other one with
// a table of figures put into one of its parts. Each seed gives its own report, and the same report each time; its
// pages break at places no hand-written case aims at.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Block, Report, ReportVersion } from '../../../renderer/core/report'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import { FIXTURES_DIR, fixtureNames, standardTemplate } from './fixture-reports'

const CELLS = [
  '行政复议',
  '3件',
  '行政诉讼案件',
  '2件',
  '负责人出庭应诉率',
  '100%',
  '重大行政决策',
  '合法性审查率100%，全年审查规范性文件12件',
  '普法宣传',
  '41场次',
  '法律顾问',
  '审查合同35份',
]

export interface FixtureVariant {
  readonly report: Report
  readonly version: ReportVersion
}

export function fixtureVariant(seed: number): FixtureVariant {
  let state = seed * 7919 + 17
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const name = fixtureNames[seed % fixtureNames.length]!
  const lines = readFileSync(join(FIXTURES_DIR, `${name}.txt`), 'utf8').split('\n')
  const dropped = 0.2 + random() * 0.6
  const kept = lines.flatMap((line) => {
    const chars = [...line]
    // headings, the 主送, the 署名 and the date stay; paragraphs go or are cut short
    if (chars.length < 40) return [line]
    const draw = random()
    if (draw < dropped) return []
    if (draw >= dropped + 0.2) return [line]
    const length = 20 + Math.floor(random() * (chars.length - 20))
    return [
      `${chars
        .slice(0, length)
        .join('')
        .replace(/[，、；：]$/u, '')}。`,
    ]
  })
  const version: ReportVersion = random() < 0.5 ? 'public' : 'upward'
  const report = textToReport(kept.join('\n'), standardTemplate())
  if (seed % 2 === 0) return { report, version }
  const rows = Array.from({ length: 2 + Math.floor(random() * 7) }, (_, row) =>
    row === 0 ? ['项目', '数量', '说明'] : [0, 1, 2].map(() => CELLS[Math.floor(random() * CELLS.length)]!),
  )
  const table: Block = { kind: 'table', rows, header: true, line: null }
  const into = Math.floor(random() * report.parts.length)
  const parts = report.parts.map((part, index) => {
    if (index !== into) return part
    const at = Math.floor(random() * (part.blocks.length + 1))
    return { ...part, blocks: [...part.blocks.slice(0, at), table, ...part.blocks.slice(at)] }
  })
  return { report: { ...report, parts }, version }
}
