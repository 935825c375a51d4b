// Two tables that meet print with an empty line between them, wherever they meet: within a part, between the text
// before the first part and a part without a heading, between two parts without one; not across a part heading,
// nor where any block stands between them. A report where no two meet is the same object.
import { describe, expect, it } from 'vitest'
import { emptyMeta, type Block, type Part, type Report } from '../../renderer/core/report'
import { withTablesApart } from '../../renderer/core/tables-apart'

const table = (name: string): Block => ({ kind: 'table', rows: [[name, '件数']], header: false, line: 1 })
const text = (words: string): Block => ({ kind: 'paragraph', runs: [{ text: words }], line: 2 })
const part = (heading: string | null, blocks: Block[]): Part => ({ id: null, heading, line: 3, blocks })
const report = (preamble: Block[], parts: Part[]): Report => ({ meta: emptyMeta, preamble, parts })

/** Each block as a short name: the table's first cell, the paragraph's text, or ∅ for the empty line. */
const names = (blocks: readonly Block[]): string[] =>
  blocks.map((block) =>
    block.kind === 'table'
      ? block.rows[0]![0]!
      : block.kind === 'paragraph'
        ? block.runs.map((run) => run.text).join('') || '∅'
        : block.kind,
  )

describe('withTablesApart', () => {
  it('puts an empty line of 正文 between two tables of one part, and between each of three', () => {
    const apart = withTablesApart(
      report([], [part('主要举措', [table('甲'), table('乙'), table('丙'), text('正文')])]),
    )
    expect(names(apart.parts[0]!.blocks)).toEqual(['甲', '∅', '乙', '∅', '丙', '正文'])
    expect(apart.parts[0]!.blocks[1]).toMatchObject({ kind: 'paragraph', runs: [{ text: '' }] })
  })

  it('does so where the text before the parts ends with a table and a part without a heading opens with one', () => {
    const apart = withTablesApart(
      report([text('开头'), table('甲')], [part(null, [table('乙')]), part(null, [table('丙')])]),
    )
    expect(names(apart.preamble)).toEqual(['开头', '甲'])
    expect(names(apart.parts[0]!.blocks)).toEqual(['∅', '乙'])
    expect(names(apart.parts[1]!.blocks)).toEqual(['∅', '丙'])
  })

  it('carries a table at the end of the text over an empty part without a heading', () => {
    const apart = withTablesApart(report([table('甲')], [part(null, []), part(null, [table('乙')])]))
    expect(names(apart.parts[1]!.blocks)).toEqual(['∅', '乙'])
  })

  it('leaves tables apart that a part heading or a paragraph already separates, the same report', () => {
    const separate = report(
      [table('甲')],
      [part('主要举措', [table('乙'), text('正文'), table('丙')]), part('存在问题', [table('丁')])],
    )
    expect(withTablesApart(separate)).toBe(separate)
  })
})
