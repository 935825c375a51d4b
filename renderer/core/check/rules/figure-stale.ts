// Figures carried over from last year's report by rollover (Run.stale) that nobody has updated or
// confirmed: 41场次 in a 2024 report may be 2023's count. Each paragraph, table or list holding some is an error,
// so a rolled-over report is not complete until every such place has this year's fact.
import { blockText, staleRuns, type Block } from '../../report'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

const MAX_LISTED = 6

function findingFor(block: Block, part: string | null, year: number | null): Finding[] {
  const stale = staleRuns(block).map((run) => run.text)
  if (stale.length === 0) return []
  // a table's text starts with its header row, which names the columns: say which table it is by that
  const lead = blockText(block).replace(/\s+/gu, ' ').slice(0, 20)
  const where = block.kind === 'table' ? '表格' : block.kind === 'list' ? '列表' : ''
  const listed = stale
    .slice(0, MAX_LISTED)
    .map((text) => `“${text}”`)
    .join('、')
  const more = stale.length > MAX_LISTED ? `等 ${String(stale.length)} 处` : ''
  const which = year === null ? '本年度' : `${String(year)}年`
  return [
    {
      rule: 'figure-stale',
      severity: 'error',
      message: `${where}“${lead}……”中的${listed}${more}沿用了去年报告的数字或日期，请改为${which}的实际情况；核实无误的请点“确认”。`,
      part,
      line: block.line,
    },
  ]
}

export const figureStale: Rule = {
  id: 'figure-stale',
  name: '沿用上年数字',
  run: ({ report, year }) => [
    ...report.preamble.flatMap((block) => findingFor(block, null, year)),
    ...report.parts.flatMap((part) => part.blocks.flatMap((block) => findingFor(block, part.id, year))),
  ],
}
