import { describe, expect, it } from 'vitest'
import { textWidth as areaWidth } from '../../../renderer/docx/export/gbt9704'
import { jointNames, markEms, markPlan } from '../../../renderer/docx/export/mark-plan'

const XINXU_PARTY = '中共广西壮族自治区北流市新圩镇委员会'
const XINXU_GOVERNMENT = '北流市新圩镇人民政府'
const QINGJIANG_DISCIPLINE = '中共乐清市清江镇纪律检查委员会'

/** Twips one line of the mark takes at the plan's size and character width. */
const lineTwips = (text: string, size: number, scale: number): number => (markEms(text) * size * scale) / 5

describe('markEms', () => {
  it('counts a Chinese character as one em and Latin letters and digits wider than half an em', () => {
    expect(markEms(XINXU_GOVERNMENT)).toBe(10)
    expect(markEms('2024')).toBeGreaterThan(2)
    // the gap LibreOffice puts where Chinese meets digits
    expect(markEms('中共2024')).toBeGreaterThan(2 + markEms('2024'))
  })
})

describe('jointNames', () => {
  it('reads several lines ending in 文件 as names sharing one 文件, anything else as plain lines', () => {
    expect(jointNames(['中共示范镇委员会', '示范镇人民政府文件'])).toEqual(['中共示范镇委员会', '示范镇人民政府'])
    expect(jointNames(['示范镇人民政府文件'])).toBeNull()
    expect(jointNames(['中共示范镇委员会', '示范镇人民政府'])).toBeNull()
    expect(jointNames(['中共示范镇委员会', '文件'])).toBeNull()
  })
})

describe('markPlan', () => {
  it('sets a short mark in 初号 at most, its characters at full width', () => {
    expect(markPlan(['示范镇人民政府文件'])).toMatchObject({ size: 42, scale: 100, joint: null })
    expect(markPlan(['中共示范镇委员会', '示范镇人民政府文件'])).toMatchObject({ size: 41, scale: 100 })
  })

  it('keeps the sizes of the marks the real reports have', () => {
    expect(markPlan(['永安市贡川镇人民政府文件']).size).toBe(36)
    expect(markPlan(['中共乐清市清江镇委员会']).size).toBe(40)
  })

  it.each([
    { bodies: 2, lines: [XINXU_PARTY, `${XINXU_GOVERNMENT}文件`] },
    { bodies: 3, lines: [XINXU_PARTY, XINXU_GOVERNMENT, `${QINGJIANG_DISCIPLINE}文件`] },
    {
      bodies: 4,
      lines: [XINXU_PARTY, XINXU_GOVERNMENT, QINGJIANG_DISCIPLINE, '乐清市清江镇人民武装部文件'],
    },
  ])('gives each of $bodies long names a column it fits on one line, 文件 beside it', ({ lines }) => {
    const plan = markPlan(lines)
    const joint = plan.joint!
    expect(plan.lines).toHaveLength(lines.length)
    expect(joint.names + joint.suffix).toBeLessThanOrEqual(areaWidth)
    for (const name of plan.lines)
      expect(lineTwips(name, plan.size, plan.scale)).toBeLessThanOrEqual(joint.names - 20)
    expect(lineTwips('文件', plan.size, plan.scale)).toBeLessThan(joint.suffix)
    // 18 characters and 文件 do not fit at 30 pt: narrowed characters, not a mark smaller than the title
    expect(plan.size).toBe(30)
    expect(plan.scale).toBeGreaterThanOrEqual(70)
    expect(plan.scale).toBeLessThan(100)
    expect(plan.lineHeight).toBe(30 * 1.2 * 20)
  })

  it('keeps a single 20-character name on one line of the 版心', () => {
    const plan = markPlan(['广西壮族自治区北流市新圩镇人民政府文件'])
    expect(plan.joint).toBeNull()
    expect(lineTwips(plan.lines[0]!, plan.size, plan.scale)).toBeLessThanOrEqual(areaWidth - 20)
    expect(plan.size).toBe(30)
  })

  it('measures Latin letters and digits wide, so a name holding them still fits', () => {
    // as wide as 14 Chinese characters if Latin letters and digits were half an em
    const latin = markPlan(['中共ABC市XYZ镇委员会12345678', '北流市新圩镇人民政府文件'])
    const chinese = markPlan(['中共广西壮族自治区北流市新圩镇', '北流市新圩镇人民政府文件'])
    expect(latin.joint!.names).toBeGreaterThan(chinese.joint!.names)
    for (const name of latin.lines)
      expect(lineTwips(name, latin.size, latin.scale)).toBeLessThanOrEqual(latin.joint!.names - 20)
  })

  it('narrows no further than 70 % and shrinks past it, the line still within the 版心', () => {
    const plan = markPlan([`${'法'.repeat(30)}文件`])
    expect(plan.scale).toBeGreaterThanOrEqual(70)
    expect(plan.scale).toBeLessThan(75)
    expect(plan.size).toBeLessThan(30)
    expect(lineTwips(plan.lines[0]!, plan.size, plan.scale)).toBeLessThanOrEqual(areaWidth - 20)
  })

  it('plans nothing for a report without a mark', () => {
    expect(markPlan([])).toMatchObject({ lines: [], joint: null })
  })
})
