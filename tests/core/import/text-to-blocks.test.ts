import { describe, expect, it } from 'vitest'
import { textToBlocks } from '../../../renderer/core/import/text-to-blocks'
import { blockText } from '../../../renderer/core/report'

describe('textToBlocks', () => {
  it('takes heading levels from the Chinese numbers, not from markdown #', () => {
    const blocks = textToBlocks('#### **四、2023 年度履行法院生效裁判情况**\n\n## **（二）强化法治宣传教育**')
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: '2023 年度履行法院生效裁判情况', line: 1, sourceNumber: '四、' },
      { kind: 'heading', level: 2, text: '强化法治宣传教育', line: 3, sourceNumber: '（二）' },
    ])
  })

  it('keeps bold lead sentences as bold runs of a paragraph', () => {
    const [block] = textToBlocks('**一是坚持民主集中制。**坚持依法决策。')
    expect(block).toEqual({
      kind: 'paragraph',
      runs: [{ text: '一是坚持民主集中制。', bold: true }, { text: '坚持依法决策。' }],
      line: 1,
    })
  })

  it('keeps a numbered lead run into its paragraph as a paragraph below level 1', () => {
    const [block] = textToBlocks('(五)继续强化纠纷化解规范化。充分发挥矛盾纠纷多元调处中心的平台作用。')
    expect(block?.kind).toBe('paragraph')
  })

  it('keeps a short item run in after a colon, or a numbered sentence naming figures, a paragraph with its 。', () => {
    for (const line of [
      '（三）完善矛盾化解机制：依托镇矛调中心平台调处纠纷236件。',
      '（四）加强宣传教育，开展普法活动41场次。',
      '2.行政诉讼案件3件。',
    ])
      expect(textToBlocks(line)).toEqual([{ kind: 'paragraph', runs: [{ text: line }], line: 1 }])
    // a year is no figure: this is a heading, and stands without its 。 as headings do
    expect(textToBlocks('（五）2023年度履行法院生效裁判情况。')).toMatchObject([
      { kind: 'heading', level: 2, text: '2023年度履行法院生效裁判情况', sourceNumber: '（五）' },
    ])
  })

  it('splits a level-1 heading run into its first paragraph', () => {
    const blocks = textToBlocks('三、问题和不足。一是执法力量不足。')
    expect(blocks.map((block) => [block.kind, blockText(block)])).toEqual([
      ['heading', '问题和不足'],
      ['paragraph', '一是执法力量不足。'],
    ])
  })

  it('joins a paragraph broken at a page end, keeping the first line number', () => {
    const long =
      '二是加强规范性文件管理。依法制定规范性文件，全面落实合法性审查机制，积极组织符合条件人员参加行政执法人员综合法律知识考试，规'
    const blocks = textToBlocks(`${long}\n\n范行政执法队伍管理。\n\n三、下步计划`)
    expect(blocks).toHaveLength(2)
    expect(blockText(blocks[0]!)).toBe(`${long}范行政执法队伍管理。`)
    expect(blocks[0]!.line).toBe(1)
  })

  it('does not glue the signature or the date onto the last paragraph', () => {
    const long =
      '为高质量发展提供强大法治环境，切实抓好治安问题专项整治，强化特殊人群教育监管，常态化推进扫黑除恶斗争，不断提升群众满意度'
    const blocks = textToBlocks(`${long}\n\n北留镇人民政府\n\n2024年1月25日`)
    expect(blocks.map(blockText)).toEqual([long, '北留镇人民政府', '2024年1月25日'])
  })

  it('does not join a short title with the opening paragraph', () => {
    const blocks = textToBlocks('关于2023年法治政府建设工作报告\n2023年以来，我镇坚持依法行政。')
    expect(blocks).toHaveLength(2)
  })

  it('reads markdown tables', () => {
    const blocks = textToBlocks('| 项目 | 件数 |\n| --- | --- |\n| 行政复议 | 2 |')
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['项目', '件数'],
          ['行政复议', '2'],
        ],
        header: true,
        line: 1,
      },
    ])
  })

  it('removes quote marks, bullets and full-width indentation', () => {
    const blocks = textToBlocks('> 　　引言段落。\n- 列表项内容。')
    expect(blocks.map(blockText)).toEqual(['引言段落。', '列表项内容。'])
  })
})
