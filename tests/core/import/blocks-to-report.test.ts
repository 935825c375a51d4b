// A part heading typed without a number (存在的问题和不足 on its own line) or numbered by Word itself (an item of
// an automatic list) starts a part; a short sentence or a list item that only sounds like one stays as it is.
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { blocksToReport } from '../../../renderer/core/import/blocks-to-report'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import type { Block } from '../../../renderer/core/report'

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

describe('blocksToReport with the lists Word numbers itself', () => {
  const title = { kind: 'paragraph', runs: [{ text: '某某镇2023年法治政府建设年度报告' }], line: 1 } as const
  const paragraph = (text: string, line: number): Block => ({ kind: 'paragraph', runs: [{ text }], line })
  const list = (items: readonly string[], line: number, ordered = true): Block => ({
    kind: 'list',
    ordered,
    items,
    line,
  })

  it('takes a numbered item that names a part for its heading, and leaves the other items a list', () => {
    const report = blocksToReport(
      [
        title,
        list(['推进法治政府建设的主要举措和成效'], 2),
        paragraph('全年开展普法活动20场。', 3),
        list(['加强组织领导', '存在的不足和原因', '规范执法'], 4),
        paragraph('执法力量薄弱。', 5),
      ],
      template,
    )
    expect(report.parts.map((part) => [part.id, part.heading])).toEqual([
      ['measures', '推进法治政府建设的主要举措和成效'],
      ['shortcomings', '存在的不足和原因'],
    ])
    expect(report.parts[0]?.blocks.at(-1)).toEqual(list(['加强组织领导'], 4))
    expect(report.parts[1]?.blocks[0]).toEqual(list(['规范执法'], 4))
  })

  it('leaves a numbered list of ordinary items, and a bulleted one, as they are', () => {
    const items = list(['加强组织领导', '规范行政执法'], 3)
    const bullets = list(['存在的不足和原因'], 4, false)
    const report = blocksToReport([title, paragraph('一、主要举措和成效', 2), items, bullets], template)
    expect(report.parts.map((part) => part.id)).toEqual(['measures'])
    expect(report.parts[0]?.blocks).toEqual([items, bullets])
  })
})

describe('blocksToReport with part numbers in the forms some offices use', () => {
  const body = (numbers: readonly string[]): string =>
    [
      `${numbers[0] ?? ''}推进法治政府建设的主要举措和成效`,
      '全年办理行政复议案件2件。',
      `${numbers[1] ?? ''}存在的不足和原因`,
      '执法培训不够系统。',
      `${numbers[2] ?? ''}下一年度推进法治政府建设的主要安排`,
      '继续培训。',
    ].join('\n\n')

  it.each([
    ['Roman numerals', ['Ⅰ、', 'Ⅱ、', 'Ⅲ、']],
    ['capital numerals', ['壹、', '贰、', '叁、']],
    ['full-width digits', ['１．', '２．', '３．']],
    ['a space for the 顿号', ['一 ', '二　', '三 ']],
  ] as const)('reads %s as the parts’ numbers, kept out of the headings', (_form, numbers) => {
    const report = textToReport(`某某镇2023年法治政府建设年度报告\n\n${body(numbers)}`, template)
    expect(report.parts.map((part) => [part.id, part.heading, part.sourceNumber])).toEqual([
      ['measures', '推进法治政府建设的主要举措和成效', numbers[0]?.trim()],
      ['shortcomings', '存在的不足和原因', numbers[1]?.trim()],
      ['next-year', '下一年度推进法治政府建设的主要安排', numbers[2]?.trim()],
    ])
  })
})
