import { describe, expect, it } from 'vitest'
import { HeadingCounter } from '../../../renderer/core/heading-number'
import { runInHeading } from '../../../renderer/docx/export/run-in-heading'

describe('runInHeading', () => {
  const cases = [
    {
      text: '（二）落实依法行政制度。一是严格落实。',
      level: 2,
      heading: '（二）落实依法行政制度。',
      rest: '一是严格落实。',
    },
    {
      text: '(一)加强法治培训。要坚持完善学法制度。',
      level: 2,
      heading: '（一）加强法治培训。',
      rest: '要坚持完善学法制度。',
    },
    { text: '三、下步打算', level: 1, heading: '三、下步打算', rest: '' },
    { text: '2.规范执法。全年办案12件。', level: 3, heading: '2.规范执法。', rest: '全年办案12件。' },
    { text: '(3)复议。无。', level: 4, heading: '（3）复议。', rest: '无。' },
  ] as const
  it.each(cases)('$text', ({ text, level, heading, rest }) => {
    const found = runInHeading([{ text }])
    expect(found?.level).toBe(level)
    expect(found?.heading.map((run) => run.text).join('')).toBe(heading)
    expect(found?.rest.map((run) => run.text).join('')).toBe(rest)
  })

  it('keeps run boundaries and bold across the split', () => {
    const found = runInHeading([
      { text: '（三）持续围绕法治建设。', bold: true },
      { text: '健全网格化管理。' },
    ])
    expect(found?.heading).toEqual([
      { text: '（三）', bold: true },
      { text: '持续围绕法治建设。', bold: true },
    ])
    expect(found?.rest).toEqual([{ text: '健全网格化管理。' }])
  })

  it('takes the next number of its level from the counter, keeping its own lead and punctuation', () => {
    const counter = new HeadingCounter()
    counter.next(1)
    counter.next(2)
    const found = runInHeading([{ text: '(五)完善制度：建立法律顾问制度。全年审查合同16份。' }], counter)
    expect(found?.heading.map((run) => run.text).join('')).toBe('（二）完善制度：建立法律顾问制度。')
    expect(found?.rest.map((run) => run.text).join('')).toBe('全年审查合同16份。')
    expect(counter.next(2)).toBe('（三）')
  })

  it('leaves ordinary body text and years alone', () => {
    expect(runInHeading([{ text: '2023年，我镇坚持依法行政。' }])).toBeNull()
    expect(runInHeading([{ text: '一是加强领导。' }])).toBeNull()
  })
})
