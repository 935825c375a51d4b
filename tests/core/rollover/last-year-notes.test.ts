import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import type { LastYearReference } from '../../../renderer/core/report'
import { lastYearNotes, PLAN_HINT, readLastYearNotes } from '../../../renderer/core/rollover/last-year-notes'

const template = findBuiltinTemplate('standard-2019')!

const reference: LastYearReference = {
  reportYear: 2023,
  title: null,
  plans: [
    { text: '加强执法队伍建设', detail: '（一）加强执法队伍建设。组织执法人员培训。\n新增持证人员。' },
    { text: '深化普法宣传', detail: '（二）深化普法宣传。开展“八五”普法。' },
  ],
  parts: [
    { id: null, heading: null, text: '2023年，我镇坚持依法行政。现将有关情况报告如下：' },
    {
      id: 'measures',
      heading: '2023年推进法治政府建设的主要举措和成效',
      text: '（一）加强学习\n组织学法12次。',
    },
    { id: 'shortcomings', heading: '存在的不足和原因', text: '' },
  ],
}

describe('lastYearNotes', () => {
  it('labels each plan and part with last year, the plan closed by what to do about it', () => {
    const notes = lastYearNotes(reference)
    expect(notes.map((note) => [note.kind, note.partId, note.paragraphs[0]])).toEqual([
      ['plan', 'measures', '去年（2023年）计划：加强执法队伍建设'],
      ['plan', 'measures', '去年（2023年）计划：深化普法宣传'],
      ['part', null, '去年（2023年）导语原文：'],
      ['part', 'measures', '去年（2023年）“2023年推进法治政府建设的主要举措和成效”原文：'],
      ['part', 'shortcomings', '去年（2023年）“存在的不足和原因”原文：'],
    ])
    expect(notes[0]?.paragraphs.slice(1)).toEqual([
      '（一）加强执法队伍建设。组织执法人员培训。',
      '新增持证人员。',
      PLAN_HINT,
    ])
  })
})

describe('readLastYearNotes', () => {
  it('reads back the plans and parts it wrote, part ids recognised from their headings', () => {
    const notes = lastYearNotes(reference).map((note) => note.paragraphs)
    expect(readLastYearNotes(notes, template)).toEqual(reference)
  })

  it("leaves other comments alone and reads a year-less label, a plan without detail and the clerk's edits", () => {
    const read = readLastYearNotes(
      [
        ['请核实此处数字。'],
        ['去年计划：推进依法决策'],
        ['去年计划：规范执法', '加强执法监督。'],
        ['审核意见：去年计划：不在开头'],
      ],
      template,
    )
    expect(read).toEqual({
      reportYear: null,
      title: null,
      plans: [
        { text: '推进依法决策', detail: '推进依法决策' },
        { text: '规范执法', detail: '加强执法监督。' },
      ],
      parts: [],
    })
  })

  it('is null when no comment is one of ours', () => {
    expect(readLastYearNotes([['请补充数据'], []], template)).toBeNull()
  })

  it('cuts what an edited comment holds to the limits of a saved report', () => {
    const read = readLastYearNotes([[`去年计划：${'长'.repeat(5000)}`]], template)
    expect(read?.plans[0]?.text.length).toBe(2000)
  })
})
