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

describe('unwrapPastedLines on a PDF with its page furniture', () => {
  it('drops page numbers and the running header beside them, and joins a paragraph carried over the page', () => {
    const pdf = [
      '示范镇2025年法治政府建设年度报告',
      '　　一、推进法治政府建设的主要举措和成效',
      '　　2025年，我镇全面落实行政执法公示制度、执法全过程记录',
      '制度，全年办理行政执法案件36件，行政复议案件2件，无',
      '',
      '— 2 —',
      '',
      '示范镇2025年法治政府建设年度报告',
      '一被撤销或确认违法。',
      '　　二、存在的不足和原因',
      '　　学习不够深入。',
      '',
      '— 3 —',
      '',
      '示范镇2025年法治政府建设年度报告',
      '第 4 页 共 5 页',
    ].join('\n')
    expect(unwrapPastedLines(pdf)).toEqual([
      '示范镇2025年法治政府建设年度报告',
      '一、推进法治政府建设的主要举措和成效',
      '2025年，我镇全面落实行政执法公示制度、执法全过程记录制度，全年办理行政执法案件36件，行政复议案件2件，无一被撤销或确认违法。',
      '二、存在的不足和原因',
      '学习不够深入。',
    ])
  })

  it('measures lines in 字, so a full line with figures and Latin letters is as wide as one of Chinese', () => {
    const pdf = [
      '全年开展普法活动12场次，发放资料3500余份，受众约8000',
      '人次，通过APP和微信公众号推送普法信息210条，群众满意度达到',
      '98.5%以上。',
    ].join('\n')
    expect(unwrapPastedLines(pdf)).toEqual([
      '全年开展普法活动12场次，发放资料3500余份，受众约8000人次，通过APP和微信公众号推送普法信息210条，群众满意度达到98.5%以上。',
    ])
  })

  it('starts a paragraph at a line set in, where others are not', () => {
    const pdf = [
      '　　镇党委书记召开专题会议研究法治建设工作，听取司法所工作',
      '汇报，部署年度重点任务',
      '　　镇长带头讲法治课，组织领导干部旁听庭审，提升依法行政能力',
      '和水平',
    ].join('\n')
    expect(unwrapPastedLines(pdf)).toEqual([
      '镇党委书记召开专题会议研究法治建设工作，听取司法所工作汇报，部署年度重点任务',
      '镇长带头讲法治课，组织领导干部旁听庭审，提升依法行政能力和水平',
    ])
  })

  it('keeps a line that repeats in the text when no page number stands beside it', () => {
    expect(unwrapPastedLines('五、履行法院生效裁判情况\n无\n六、其他需要报告的情况\n无')).toEqual([
      '五、履行法院生效裁判情况',
      '无',
      '六、其他需要报告的情况',
      '无',
    ])
  })
})
