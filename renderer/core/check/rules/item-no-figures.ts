// An item described only in words ("高度重视""扎实推进"): reviewers expect the figures.
import type { Finding } from '../finding'
import type { Rule } from '../rule'

export const itemNoFigures: Rule = {
  id: 'item-no-figures',
  name: '事项没有数据',
  run: ({ template, items }) =>
    items.flatMap((status): Finding[] => {
      const item = template.items.find((candidate) => candidate.id === status.id)
      if (item === undefined || status.status !== 'present' || status.figures !== false) return []
      const labels = item.figures.map((figure) => figure.label).join('、')
      const unit = item.figures[0]?.units[0] ?? '件'
      return [
        {
          rule: 'item-no-figures',
          severity: 'warning',
          message: `“${item.name}”只有文字表述，没有数据。请写明${labels}（如“全年共……3${unit}”）；没有发生的，请写明“全年未发生”。`,
          part: status.partId,
          line: status.line,
        },
      ]
    }),
}
