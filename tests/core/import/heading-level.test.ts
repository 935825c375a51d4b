import { describe, expect, it } from 'vitest'
import { parseHeadingMarker } from '../../../renderer/core/import/heading-level'

describe('parseHeadingMarker', () => {
  const cases: readonly [string, number | null, string | null][] = [
    ['一、主要举措和成效', 1, '主要举措和成效'],
    ['十二、其他', 1, '其他'],
    ['三．存在问题', 1, '存在问题'],
    ['第一部分 工作情况', 1, '工作情况'],
    ['（一）加强领导', 2, '加强领导'],
    ['(五)继续强化纠纷化解规范化。', 2, '继续强化纠纷化解规范化。'],
    ['1.完善制度', 3, '完善制度'],
    ['2、加强培训', 3, '加强培训'],
    ['3．规范执法', 3, '规范执法'],
    ['（1）会前学法', 4, '会前学法'],
    ['①开展宣传', 4, '开展宣传'],
    ['一是加强党的领导', null, null],
    ['1.5万元用于普法', null, null],
    ['2023年，我镇坚持……', null, null],
    ['一、', null, null],
    // forms some offices use: Roman and capital numerals, full-width digits, a space for the 顿号
    ['Ⅲ、党政主要负责人履职情况', 1, '党政主要负责人履职情况'],
    ['肆、下一年度工作安排', 1, '下一年度工作安排'],
    ['參、黨政主要負責人履職情況', 1, '黨政主要負責人履職情況'],
    ['二　存在的问题和不足', 1, '存在的问题和不足'],
    ['二 存在的问题和不足', 1, '存在的问题和不足'],
    ['２．加强培训', 3, '加强培训'],
    ['（３）会前学法', 4, '会前学法'],
    // a space after a numeral begins a heading only: a sentence after it is not one
    ['三 年来我镇办理复议案件5件，均已审结。', null, null],
    ['１.５万元用于普法', null, null],
  ]
  it.each(cases)('%s → level %s', (line, level, text) => {
    const marker = parseHeadingMarker(line)
    expect(marker?.level ?? null).toBe(level)
    expect(marker?.text ?? null).toBe(text)
    // the number and its spaces, then exactly the text
    if (marker !== null) expect(line.slice(marker.numberLength)).toBe(text)
  })

  it('counts the spaces after the number as part of it', () => {
    expect(parseHeadingMarker('（二）  完善制度')?.numberLength).toBe(5)
  })
})
