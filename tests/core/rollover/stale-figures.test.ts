import { describe, expect, it } from 'vitest'
import { staleFigureSpans } from '../../../renderer/core/rollover/stale-figures'

function figures(text: string, year: number | null = 2023): string[] {
  return staleFigureSpans(text, year).map((span) => text.slice(span.start, span.end))
}

describe('staleFigureSpans', () => {
  const cases: { input: string; expected: string[] }[] = [
    { input: '共计开展普法宣传41场次，覆盖群众800余人次。', expected: ['41场次', '800余人次'] },
    { input: '共组织干部集中学法10余次。', expected: ['10余次'] },
    { input: '涉及金额273.6万余元，成功调处率达100%。', expected: ['273.6万余元', '100%'] },
    { input: '执法证持证率达到95.23%，同比增长1.57%。', expected: ['95.23%', '1.57%'] },
    {
      input: '2023年12月4日开展宪法宣传，9月25日至9月30日集中整治。',
      expected: ['2023年12月4日', '9月25日', '9月30日'],
    },
    { input: '2023年度96个党委文件，2023 年，我镇……', expected: ['2023年度', '96个', '2023 年'] },
    { input: '审查机关合同16份，受理信访236件，企业12家。', expected: ['16份', '236件', '12家'] },
    // A document's name is not a figure, nor an earlier year, nor a heading number.
    {
      input: '印发《北留镇 2023 年全面依法治镇工作要点》，落实《法治政府建设实施纲要（2021—2025年）》。',
      expected: [],
    },
    { input: '2022年以来，1.加强学法；“八五”普法；12·4国家宪法日。', expected: [] },
  ]
  for (const { input, expected } of cases)
    it(`finds ${JSON.stringify(expected)} in ${input.slice(0, 16)}…`, () =>
      expect(figures(input)).toEqual(expected))

  it('leaves bare years alone without a year to look for', () => {
    expect(figures('2023年，我镇开展活动3场。', null)).toEqual(['3场'])
  })
})
