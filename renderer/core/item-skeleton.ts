// The sentence inserted when the writer clicks a required item: the figures a reviewer expects, as
// fields 【　】 to fill in. A template may give its own wording; otherwise it is built from the figures.
import type { TemplateItem } from './template-schema'

export function itemSkeleton(item: TemplateItem): string {
  if (item.skeleton !== undefined) return item.skeleton
  if (item.figures.length === 0) return `${item.name}方面，【　】。`
  const figures = item.figures.map((figure) => `${figure.label}【　】${figure.units[0] ?? ''}`)
  return `${item.name}方面，${figures.join('，')}。`
}
