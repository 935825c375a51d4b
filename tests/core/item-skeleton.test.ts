import { describe, expect, it } from 'vitest'
import { builtinTemplates } from '../../renderer/core/builtin-templates'
import { checkReport } from '../../renderer/core/check/check-report'
import { itemSkeleton } from '../../renderer/core/item-skeleton'
import { onePartReport } from './one-part-report'
import type { TemplateItem } from '../../renderer/core/template-schema'

describe('itemSkeleton', () => {
  for (const template of builtinTemplates())
    for (const item of template.items)
      it(`${template.id} / ${item.id}: the skeleton covers its item, and once filled gives its figures`, () => {
        const skeleton = itemSkeleton(item)
        expect(skeleton).toContain('【　】')
        const empty = checkReport(onePartReport(item.part, skeleton, 2024), template)
        expect(empty.items.find((status) => status.id === item.id)?.status).toBe('present')
        expect(empty.findings.some((finding) => finding.rule === 'field-unfilled')).toBe(true)

        const filled = checkReport(
          onePartReport(item.part, skeleton.replaceAll('【　】', '3'), 2024),
          template,
        )
        const status = filled.items.find((candidate) => candidate.id === item.id)
        expect(status?.status).toBe('present')
        if (item.figures.length > 0) expect(status?.figures).toBe(true)
        expect(filled.findings.some((finding) => finding.rule === 'field-unfilled')).toBe(false)
      })

  it('builds one from the figures when a template gives no wording', () => {
    const item: TemplateItem = {
      id: 'reconsideration',
      name: '行政复议',
      part: 'measures',
      terms: ['行政复议'],
      exclude: [],
      examples: [],
      nonExamples: [],
      figures: [{ label: '行政复议案件数', units: ['件'] }],
    }
    expect(itemSkeleton(item)).toBe('行政复议方面，行政复议案件数【　】件。')
  })
})
