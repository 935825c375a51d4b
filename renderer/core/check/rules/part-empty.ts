// A part heading with nothing under it (often a template heading left unfilled). For a required part it also
// names the items that belong there, which item-missing then leaves to it (part-gap.ts).
import type { Finding } from '../finding'
import { partGapItems, partHasText } from '../part-gap'
import type { Rule } from '../rule'

export const partEmpty: Rule = {
  id: 'part-empty',
  name: '部分没有内容',
  run: (context) =>
    context.report.parts.flatMap((part): Finding[] => {
      if (partHasText(part) || part.id === null) return []
      const { template } = context
      const templatePart = template.parts.find((candidate) => candidate.id === part.id)
      if (templatePart === undefined) return []
      return [
        {
          rule: 'part-empty',
          severity: templatePart.required ? 'error' : 'warning',
          message: `“${part.heading ?? templatePart.name}”标题下没有内容。请补写：${templatePart.guidance.cover.join('；')}。${templatePart.required ? partGapItems(templatePart.id, context) : ''}`,
          part: part.id,
          line: part.line,
          // a part the template does not require may go: left in empty, its heading would stand alone on paper
          ...(templatePart.required
            ? {}
            : { fix: { kind: 'remove-part', label: '删除此部分', partId: templatePart.id } as const }),
        },
      ]
    }),
}
