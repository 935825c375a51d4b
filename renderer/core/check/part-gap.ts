// A required part that is missing, or whose heading has nothing under it, is one gap: the part's finding
// (part-missing, part-empty) says what to write there, so the items that belong to that part are not raised
// again one by one (item-missing). Both sides ask this module, so they cannot disagree about which gap is whose.
import { blockText, type Part } from '../report'
import type { CheckContext } from './check-context'

type GapInput = Pick<CheckContext, 'template' | 'report' | 'parts' | 'items'>

/** Text under a part heading; an empty paragraph left by the template is not content. */
export function partHasText(part: Part): boolean {
  return part.blocks.some((block) => block.kind !== 'heading' && blockText(block).trim() !== '')
}

/** True when a required part's own finding (missing or empty) already covers everything that belongs in it. */
export function isPartGap(partId: string, { template, report, parts }: GapInput): boolean {
  const part = template.parts.find((candidate) => candidate.id === partId)
  if (part === undefined || !part.required) return false
  if (parts.find((status) => status.id === partId)?.status === 'missing') return true
  const own = report.parts.find((candidate) => candidate.id === partId)
  return own !== undefined && !partHasText(own)
}

/**
 * What the reviewer will look for in the gap: the part's missing items with the figures to give, e.g.
 * 审查时重点看：履行法院生效裁判（应履行、已履行件数和履行率）。 Empty when none of its items is missing.
 */
export function partGapItems(partId: string, { template, items }: GapInput): string {
  const missing = template.items.filter(
    (item) => item.part === partId && items.find((status) => status.id === item.id)?.status === 'missing',
  )
  if (missing.length === 0) return ''
  const named = missing.map((item) =>
    item.figures.length > 0
      ? `${item.name}（${item.figures.map((figure) => figure.label).join('、')}）`
      : item.name,
  )
  return `审查时重点看：${named.join('；')}，确实没有发生的也请写明“无”。`
}
