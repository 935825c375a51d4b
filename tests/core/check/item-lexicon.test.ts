// The phrasings each template accepts for a required item are data a county can extend; these tests hold every
// item's terms to the examples written beside them, so a phrase added or taken away cannot silently break one.
import { describe, expect, it } from 'vitest'
import { builtinTemplates } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import { onePartReport } from '../one-part-report'

function statusIn(templateId: string, itemId: string, partId: string, sentence: string): string | undefined {
  const template = builtinTemplates().find((candidate) => candidate.id === templateId)!
  return checkReport(onePartReport(partId, sentence), template).items.find((item) => item.id === itemId)
    ?.status
}

describe('the phrasings templates accept for each required item', () => {
  for (const template of builtinTemplates())
    for (const item of template.items) {
      it(`${template.id} / ${item.id}: has examples of what reviewers accept`, () => {
        expect(item.examples.length).toBeGreaterThan(0)
      })
      for (const example of item.examples)
        it(`${template.id} / ${item.id}: “${example}” shows the item`, () => {
          expect(statusIn(template.id, item.id, item.part, example)).toBe('present')
        })
      for (const example of item.nonExamples)
        it(`${template.id} / ${item.id}: “${example}” does not`, () => {
          expect(statusIn(template.id, item.id, item.part, example)).toBe('missing')
        })
    }
})
