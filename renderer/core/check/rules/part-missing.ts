// A required part with neither a heading nor recognisable content: a reviewer sends it back. Its items are
// named here, not as item-missing findings of their own (part-gap.ts): one gap, one finding.
import { numberedStandardHeading } from '../../standard-heading'
import type { Finding } from '../finding'
import { partGapItems } from '../part-gap'
import type { Rule } from '../rule'

export const partMissing: Rule = {
  id: 'part-missing',
  name: '缺少组成部分',
  run: (context) =>
    context.parts.flatMap((status): Finding[] => {
      const { template, year } = context
      const part = template.parts.find((candidate) => candidate.id === status.id)
      if (part === undefined || status.status !== 'missing' || !part.required) return []
      const cover = part.guidance.cover.join('；')
      const heading = numberedStandardHeading(part, template, year)
      const parent = template.parts.find((candidate) => candidate.id === part.parent)
      const where =
        part.placement === 'sub' && parent !== undefined
          ? `请在“${parent.name}”部分中增加小标题“${heading}”`
          : part.placement === 'any'
            ? `请单列一部分“${heading}”（也可作为“主要举措和成效”中的小标题）`
            : `请增加一级标题“${heading}”`
      return [
        {
          rule: 'part-missing',
          severity: 'error',
          message: `缺少“${part.name}”部分。${where}，写明：${cover}。${partGapItems(part.id, context)}`,
          part: part.id,
          line: null,
        },
      ]
    }),
}
