import { describe, expect, it } from 'vitest'
import { HeadingCounter } from '../../renderer/core/heading-number'
import { canonicalNumber, runInItem, runInNumber } from '../../renderer/core/run-in-item'
import { writtenNumberValue } from '../../renderer/core/written-number'

describe('runInItem', () => {
  it.each([
    ['（二）落实依法行政制度。一是严格落实。', 2, '（二）', 2, true],
    ['(五)继续强化纠纷化解规范化。充分发挥平台作用。', 2, '(五)', 5, true],
    ['（十二）加强监督。全年接受审计2次。', 2, '（十二）', 12, true],
    ['2.规范执法。全年办案12件。', 3, '2.', 2, true],
    ['3、完善制度：建立健全法律顾问制度。', 3, '3、', 3, true],
    ['(3)复议。无。', 4, '(3)', 3, true],
    ['六)推进政务公开。主动公开政府信息290条。', 2, '六)', 6, false],
    ['（七推进政务公开。主动公开政府信息290条。', 2, '（七', 7, false],
  ] as const)('%s is an item of level %i numbered %s', (text, level, written, value, standard) => {
    expect(runInItem(text)).toMatchObject({ level, written, value, standard })
  })

  it.each([
    ['1.全年办理行政复议案件5件；', 'a line of a list of figures'],
    ['2.行政诉讼案件3件。其中败诉0件。', 'a sentence naming figures'],
    ['1.5万元用于普法宣传。', 'an amount'],
    ['2023年，我镇坚持依法行政。', 'a year'],
    ['一是加强领导。二是完善制度。', 'a 一是 series'],
    ['①开展宣传。全年开展宣传。', 'a circled list mark'],
    ['三、存在的问题。一是执法力量不足。', 'a part heading run in (split off by the import)'],
    [
      '1.加强学习，全年组织干部学习法律知识并参加年终考试和各类专题培训，持续提升干部队伍依法行政的能力与水平',
      'a long sentence',
    ],
  ])('leaves %s alone (%s)', (text) => {
    expect(runInItem(text)).toBeNull()
  })

  it('counts an indent before the number into it', () => {
    const text = '　　（二） 落实制度。正文。'
    const item = runInItem(text)
    expect(item).not.toBeNull()
    expect(text.slice(item?.end)).toBe('落实制度。正文。')
  })
})

describe('runInNumber', () => {
  it('gives an item its place in the count and keeps a malformed number as written', () => {
    const counter = new HeadingCounter()
    counter.next(1)
    const numbers = ['（一）甲。乙。', '（三）丙。丁。', '七)戊。己。', '（二）庚。辛。'].map((text) => {
      const item = runInItem(text)
      if (item === null) throw new Error(text)
      return runInNumber(item, counter)
    })
    expect(numbers).toEqual(['（一）', '（二）', '七)', '（四）'])
  })

  it('writes an uncounted item in its standard form', () => {
    const item = runInItem('(3)复议。无。')
    expect(item && canonicalNumber(item)).toBe('（3）')
  })
})

describe('writtenNumberValue', () => {
  it.each([
    ['四、', 4],
    ['(二)', 2],
    ['（十二）', 12],
    ['3．', 3],
    ['第三部分', 3],
    ['②', 2],
  ])('%s is %i', (written, value) => {
    expect(writtenNumberValue(written)).toBe(value)
  })
})
