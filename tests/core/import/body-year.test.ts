import { describe, expect, it } from 'vitest'
import { bodyYear } from '../../../renderer/core/import/body-year'
import { textToBlocks } from '../../../renderer/core/import/text-to-blocks'

function yearOf(text: string): number | null {
  return bodyYear(textToBlocks(text))?.year ?? null
}

const plan =
  '四、2024年工作计划\n\n2024年，我镇将继续推进法治政府建设。2024年将开展普法活动10场。2024年计划培训2次。2024年力争零诉讼。'

describe('bodyYear', () => {
  const cases: { name: string; text: string; expected: number | null }[] = [
    { name: 'the opening sentence', text: '2023年，我镇扎实推进法治政府建设。', expected: 2023 },
    { name: 'an opening with 以来', text: '2023年以来，我镇坚持依法行政。', expected: 2023 },
    { name: 'an opening written with a space', text: '2023 年，北留镇推进法治建设。', expected: 2023 },
    {
      name: 'the 现将……报告如下 sentence of the preamble',
      text: '为深入贯彻习近平法治思想，根据县委要求，现将我镇2023年法治政府建设工作情况报告如下：\n\n一、主要举措\n\n开展活动。',
      expected: 2023,
    },
    {
      name: 'the year most paragraphs report on',
      text: '一、主要举措\n\n2023年6月，开展普法宣传。\n\n全年（2023年）办理案件3件，2023年12月完成备案。\n\n2023年共调解纠纷20件，较2022年增长10%。',
      expected: 2023,
    },
    {
      name: 'not the years of cited plans and periods',
      text: '一、主要举措\n\n落实《法治政府建设实施纲要（2021—2025年）》，2021年至2025年持续推进，执行2022年—2025年规划。',
      expected: null,
    },
    {
      name: 'not the plan part, however many years it names',
      text: `一、主要举措\n\n2023年办理案件3件。2023年调解纠纷20件。2023年开展培训4次。\n\n${plan}`,
      expected: 2023,
    },
    {
      name: 'not a bare 下一步工作打算 line and what follows it',
      text: '一、主要举措\n\n2023年办理案件3件。2023年调解纠纷20件。2023年开展培训4次。\n\n下一步工作打算\n\n2024年开展培训5次。2024年调解纠纷。2024年完成备案。2024年开展普法。2024年推进执法。2024年公开信息。',
      expected: 2023,
    },
    {
      name: 'not a few mentions',
      text: '一、主要举措\n\n2023年办理案件3件，2023年调解纠纷。',
      expected: null,
    },
    {
      name: 'not when no year clearly dominates',
      text: '一、主要举措\n\n2023年办理案件3件。2023年调解纠纷。2023年培训。2022年备案。2022年公开。',
      expected: null,
    },
    { name: 'nothing in a body without years', text: '一年来，我镇扎实推进法治政府建设。', expected: null },
  ]
  it.each(cases)('reads $name', ({ text, expected }) => {
    expect(yearOf(text)).toBe(expected)
  })

  it('points at the paragraph that says it', () => {
    // A 主送 line still in the body is passed over.
    expect(
      bodyYear(textToBlocks('县委全面依法治县委员会办公室：\n2023年，我镇扎实推进法治政府建设。'))?.year,
    ).toBe(2023)
    expect(bodyYear(textToBlocks('\n2023年，我镇扎实推进法治政府建设。'))).toMatchObject({
      year: 2023,
      line: 2,
      evidence: '2023年，',
    })
  })
})
