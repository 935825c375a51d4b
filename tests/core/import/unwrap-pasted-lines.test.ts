import { describe, expect, it } from 'vitest'
import { unwrapPastedLines } from '../../../renderer/core/import/unwrap-pasted-lines'

describe('unwrapPastedLines', () => {
  it('joins the lines a PDF broke at the page edge, and keeps its paragraphs and headings apart', () => {
    // copied from a PDF of a county notice: 26 characters a line
    const pdf = [
      '（一）加强组织领导',
      '各乡镇（街道）要切实履行推进法治建设第一责任人职责，',
      '将法治政府建设纳入年度工作计划，与经济社会发展同部署',
      '同推进同督促同考核同奖惩。',
      '（二）严格规范执法',
      '全面落实行政执法公示制度、执法全过程记录制度、重大执',
      '法决定法制审核制度，提升执法质量。',
    ].join('\r\n')
    expect(unwrapPastedLines(pdf)).toEqual([
      '（一）加强组织领导',
      '各乡镇（街道）要切实履行推进法治建设第一责任人职责，将法治政府建设纳入年度工作计划，与经济社会发展同部署同推进同督促同考核同奖惩。',
      '（二）严格规范执法',
      '全面落实行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，提升执法质量。',
    ])
  })

  it('leaves short lines, closed sentences and blank-line paragraphs as they are', () => {
    expect(unwrapPastedLines('一是加强学习。\n二是完善制度。\n\n　　三是强化监督')).toEqual([
      '一是加强学习。',
      '二是完善制度。',
      '三是强化监督',
    ])
    expect(unwrapPastedLines('镇司法所\n镇综合执法队\n镇党政办')).toEqual([
      '镇司法所',
      '镇综合执法队',
      '镇党政办',
    ])
  })

  it('is one paragraph for one line', () => {
    expect(unwrapPastedLines('全年办理行政复议案件2件')).toEqual(['全年办理行政复议案件2件'])
    expect(unwrapPastedLines('')).toEqual([])
  })
})
