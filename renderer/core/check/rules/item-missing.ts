// A required item (annual-report.md) the report never mentions. An error: these are exactly the items
// a county reviewer ticks off, and a report silent on one is sent back (say “无” when nothing happened).
// An item whose required part is missing or empty is named in that part's finding instead (part-gap.ts).
import type { Finding } from '../finding'
import { isPartGap } from '../part-gap'
import type { Rule } from '../rule'

export const itemMissing: Rule = {
  id: 'item-missing',
  name: '缺少必备事项',
  run: (context) =>
    context.items.flatMap((status): Finding[] => {
      const { template } = context
      const item = template.items.find((candidate) => candidate.id === status.id)
      if (item === undefined || status.status !== 'missing' || isPartGap(item.part, context)) return []
      const partName = template.parts.find((part) => part.id === item.part)?.name ?? item.part
      const figures =
        item.figures.length > 0 ? `，并写明${item.figures.map((figure) => figure.label).join('、')}` : ''
      return [
        {
          rule: 'item-missing',
          severity: 'error',
          message: `报告没有写到“${item.name}”，审查时会重点看这一项。请在“${partName}”中补写${figures}；确实没有发生的，也请写明“无”。`,
          part: item.part,
          line: null,
        },
      ]
    }),
}
