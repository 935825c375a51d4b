// A part heading with nothing under it (often a template heading left unfilled).
import { blockText } from '../../report'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

export const partEmpty: Rule = {
  id: 'part-empty',
  run: ({ template, report }) =>
    report.parts.flatMap((part): Finding[] => {
      // An empty paragraph left by the template is not content.
      const hasText = part.blocks.some((block) => block.kind !== 'heading' && blockText(block).trim() !== '')
      if (hasText || part.id === null) return []
      const templatePart = template.parts.find((candidate) => candidate.id === part.id)
      if (templatePart === undefined) return []
      return [
        {
          rule: 'part-empty',
          severity: templatePart.required ? 'error' : 'warning',
          message: `“${part.heading ?? templatePart.name}”标题下没有内容。请补写：${templatePart.guidance.cover.join('；')}。`,
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
