// Widow control only for a run-in heading sentence that fills its first line: a short one shares its line with the
// text after it, and no page break can part them.
import { describe, expect, it } from 'vitest'
import { runInHeading } from '../../../renderer/docx/export/run-in-heading'
import { defaultSettings } from '../../../renderer/core/settings'
import { officialFonts } from '../../../renderer/docx/export/official-fonts'
import { runInNeedsWidowControl, runInSpans } from '../../../renderer/docx/layout/run-in-keep'

const needs = (text: string): boolean => {
  const inline = runInHeading([{ text }])
  if (inline === null) throw new Error(`not a run-in heading: ${text}`)
  return runInNeedsWidowControl(inline, runInSpans(inline, officialFonts(defaultSettings.fonts)))
}

describe('runInNeedsWidowControl', () => {
  it('leaves a short heading sentence, with text after it on its first line, without widow control', () => {
    expect(needs('（二）加强学习。本年度组织集中学法12次，覆盖全体干部职工。')).toBe(false)
    expect(needs('1.完善制度。修订完善镇政府工作规则。')).toBe(false)
  })

  it('gives widow control to a heading sentence that fills or passes its first line', () => {
    expect(
      needs(
        '（二）部分干部运用法治思维和法治方式深化改革推动发展化解矛盾维护稳定的能力不足。部分干部仍有欠缺。',
      ),
    ).toBe(true)
    // 26 characters after the 2-字 indent: the sentence ends the line exactly and the text starts the next one
    expect(needs(`（三）${'健'.repeat(22)}。其后的正文内容。`)).toBe(true)
    expect(needs(`（三）${'健'.repeat(20)}。其后的正文内容。`)).toBe(false)
  })

  it('gives widow control to a paragraph that is only its heading sentence', () => {
    expect(needs('（四）加强法治宣传。')).toBe(true)
  })
})
