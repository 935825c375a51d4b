// A part heading typed without a number (存在的问题和不足 on its own line) starts a part; a short sentence that
// only sounds like one stays a paragraph.
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { textToReport } from '../../../renderer/core/import/text-to-report'

const template = findBuiltinTemplate('standard-2019')!

function partIds(body: string): (string | null)[] {
  return textToReport(`某某镇2023年法治政府建设年度报告\n\n${body}`, template).parts.map((part) => part.id)
}

describe('blocksToReport', () => {
  it('takes an unnumbered line that names a part for its heading', () => {
    expect(
      partIds('一、主要举措和成效\n\n全年开展普法活动20场。\n\n存在的问题和不足\n\n执法力量薄弱。'),
    ).toEqual(['measures', 'shortcomings'])
  })

  it('keeps a short sentence ending in 。 a paragraph', () => {
    expect(
      partIds('一、主要举措和成效\n\n党政主要负责人认真履行第一责任人职责。\n\n下一步工作计划\n\n继续努力。'),
    ).toEqual(['measures', 'next-year'])
  })
})
