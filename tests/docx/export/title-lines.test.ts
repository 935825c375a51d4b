import { describe, expect, it } from 'vitest'
import { TITLE_CHARS_PER_LINE, titleLines } from '../../../renderer/docx/export/title-lines'
import { textWidth } from '../../../renderer/core/text-width'

describe('titleLines', () => {
  const cases = [
    { title: '北留镇2023年法治政府建设情况的报告', expected: ['北留镇2023年法治政府建设情况的报告'] },
    {
      title: '北留镇 2023 年法治政府建设工作情况的报告',
      expected: ['北留镇 2023 年', '法治政府建设工作情况的报告'],
    },
    {
      title: '永安市贡川镇人民政府 关于2023年法治政府建设工作报告',
      expected: ['永安市贡川镇人民政府', '关于2023年法治政府建设工作报告'],
    },
    {
      title: '中共清江镇委员会 乐清市清江镇 2023 年法治政府建设年度报告',
      expected: ['中共清江镇委员会 乐清市清江镇 2023 年', '法治政府建设年度报告'],
    },
    {
      title: '中共某某县某某镇委员会某某县某某镇人民政府关于2023年度法治政府建设情况的报告',
      expected: ['中共某某县某某镇委员会', '某某县某某镇人民政府', '关于2023年度法治政府建设情况的报告'],
    },
  ]
  it.each(cases)('$title', ({ title, expected }) => {
    expect(titleLines(title)).toEqual(expected)
  })

  it('never splits between a number and its 年, and every line fits the 版心', () => {
    const lines = titleLines('中共清江镇委员会 乐清市清江镇 2023 年法治政府建设年度报告')
    expect(lines.some((line) => /\d\s*$/u.test(line))).toBe(false)
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE)
  })

  it('cuts a title with no boundary at the line width', () => {
    const lines = titleLines('法'.repeat(45))
    expect(lines.map((line) => line.length)).toEqual([19, 19, 7])
  })
})
