// A part whose content is there but has no heading of its own: reviewers look for the heading.
import { numberedStandardHeading } from '../../standard-heading'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

export const partMerged: Rule = {
  id: 'part-merged',
  name: '部分没有单独标题',
  run: ({ template, parts, report, year }) =>
    parts.flatMap((status): Finding[] => {
      const part = template.parts.find((candidate) => candidate.id === status.id)
      if (part === undefined || status.status !== 'merged') return []
      const host = status.hostPart === null ? null : report.parts[status.hostPart]
      const where = host?.heading === undefined || host.heading === null ? '正文开头' : `“${host.heading}”`
      const heading = numberedStandardHeading(part, template, year)
      const parent = template.parts.find((candidate) => candidate.id === part.parent)
      const fix =
        part.placement === 'sub' && parent !== undefined
          ? `请在“${parent.name}”中为它设小标题“${heading}”`
          : `请单列一级标题“${heading}”，把相关内容移到该标题下`
      return [
        {
          rule: 'part-merged',
          severity: 'warning',
          message: `“${part.name}”没有单独的标题，相关内容写在${where}中。${fix}。`,
          part: part.id,
          line: status.line,
        },
      ]
    }),
}
