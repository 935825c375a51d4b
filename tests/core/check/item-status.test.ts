// A required item is shown done only where the report tells what was done: not by a word in a 《》 title, an
// office's name or a stock phrase, not in the 不足 or next year's plans; and its figures may stand anywhere in
// the item's paragraph, not only in the sentence that names it.
import { describe, expect, it } from 'vitest'
import { check } from './good-report'

function report(
  measures: string,
  shortcomings = '一是法治意识有待提高，原因是学法形式单一。',
  plans = '一是继续加强法治宣传。',
): string {
  return `某某镇2023年法治政府建设年度报告

一、2023年推进法治政府建设的主要举措和成效

${measures}

二、2023年推进法治政府建设存在的不足和原因

${shortcomings}

三、2024年推进法治政府建设的主要安排

${plans}
`
}

function item(text: string, id: string): { status: string; figures: boolean | null } | undefined {
  return check(text).result.items.find((candidate) => candidate.id === id)
}

describe('item status in context', () => {
  it('does not take a word inside a 《》 title for the work', () => {
    const text = report('组织干部学习《中华人民共和国行政复议法》《中华人民共和国行政处罚法》。')
    expect(item(text, 'reconsideration')?.status).toBe('missing')
    expect(item(text, 'enforcement')?.status).toBe('missing')
    // the law's name still shows it was publicised
    expect(item(report('开展《民法典》宣传进村活动6场。'), 'law-popularization')).toEqual(
      expect.objectContaining({ status: 'present', figures: true }),
    )
  })

  it('does not take an office name or a stock phrase for the work', () => {
    expect(item(report('由镇信访办牵头，各村配合开展工作。'), 'disputes')?.status).toBe('missing')
    expect(item(report('认真落实上级重大决策部署。'), 'major-decisions')?.status).toBe('missing')
    expect(
      item(report('全面推行权力清单、责任清单、负面清单制度。'), 'first-responsible-duties')?.status,
    ).toBe('missing')
    expect(item(report('坚持党的领导，统筹推进各项工作。'), 'leadership')?.status).toBe('missing')
  })

  it('keeps apart what reviewers keep apart', () => {
    expect(item(report('重大行政决策均经合法性审查。'), 'normative-documents')?.status).toBe('missing')
    expect(item(report('重大执法决定法制审核率100%。'), 'normative-documents')?.status).toBe('missing')
    expect(item(report('收到检察建议2份，均已按期书面回复。'), 'court-judgments')?.status).toBe('missing')
    expect(item(report('全年制发行政规范性文件2件，均经合法性审核。'), 'normative-documents')?.status).toBe(
      'present',
    )
  })

  it('does not count the 不足 or next year’s plans as work done', () => {
    const text = report(
      '全年开展法治宣传活动20场。',
      '一是对行政权力的监督还不够到位，原因是监督力量薄弱。',
      '一是强化人大监督和社会监督；二是做好行政复议工作。',
    )
    expect(item(text, 'supervision')?.status).toBe('missing')
    expect(item(text, 'reconsideration')?.status).toBe('missing')
    // a plan sentence inside the measures is a plan too; a sentence with a figure reports work
    expect(
      item(report('全年开展法治宣传活动20场。下一步，我镇将加强社会监督。'), 'supervision')?.status,
    ).toBe('missing')
    expect(item(report('接受人大监督，办理代表建议8件。'), 'supervision')?.status).toBe('present')
  })

  it('does not count plans under a heading such as 2024年重点工作安排', () => {
    const text = `某某镇2023年法治政府建设年度报告

一、2023年推进法治政府建设的主要举措和成效

全年开展法治宣传活动20场。

二、2024年重点工作安排

一是强化人大监督和社会监督；二是做好行政复议工作。
`
    expect(item(text, 'supervision')?.status).toBe('missing')
    expect(item(text, 'reconsideration')?.status).toBe('missing')
  })

  it('counts a heading that announces the work and the problems together', () => {
    const text = `某某镇2023年法治政府建设年度报告

一、工作开展情况及存在问题

全年发生行政复议案件2件，均已办结。但法治宣传仍有不足。
`
    expect(item(text, 'reconsideration')).toEqual(
      expect.objectContaining({ status: 'present', figures: true }),
    )
  })

  it('reads the figures in the item’s paragraph or in what its heading or lead introduces', () => {
    expect(
      item(report('扎实做好行政复议工作。全年共办理案件3件，均已办结。'), 'reconsideration')?.figures,
    ).toBe(true)
    const headed = report(
      '（一）行政复议\n\n全年共办理3件，均维持原行政行为。\n\n（二）普法宣传\n\n开展普法活动。',
    )
    expect(item(headed, 'reconsideration')?.figures).toBe(true)
    expect(item(headed, 'law-popularization')?.figures).toBe(false)
    const listed = report('规范行政执法：\n\n1.办理行政处罚案件16件；\n\n2.开展执法检查30次。')
    expect(item(listed, 'enforcement')?.figures).toBe(true)
  })

  it('does not take another item’s figure from the same paragraph', () => {
    const text = report('扎实做好行政复议工作；全年发生行政诉讼案件1件，负责人出庭应诉率100%。')
    expect(item(text, 'reconsideration')).toEqual(
      expect.objectContaining({ status: 'present', figures: false }),
    )
    expect(item(text, 'litigation')?.figures).toBe(true)
  })
})
