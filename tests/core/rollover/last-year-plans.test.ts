import { describe, expect, it } from 'vitest'
import { textToBlocks } from '../../../renderer/core/import/text-to-blocks'
import { lastYearPlans } from '../../../renderer/core/rollover/last-year-plans'
import { fixtureReport } from '../../docx/helpers/fixture-reports'

function plansOf(name: Parameters<typeof fixtureReport>[0]): string[] {
  const part = fixtureReport(name).parts.find((candidate) => candidate.id === 'next-year')
  if (part === undefined) throw new Error(`${name} has no next-year part`)
  return lastYearPlans(part.blocks).map((plan) => plan.text)
}

describe('lastYearPlans', () => {
  it('takes the numbered paragraphs of qingjiang, not its introduction', () => {
    expect(plansOf('qingjiang-2023')).toEqual([
      '持续深入学习坚决践行习近平法治思想',
      '持续推进执法队伍专业队伍建设',
      '增强社会治理质效',
      '大力营造普法宣传的良好氛围',
    ])
  })

  it('keeps a continuation paragraph in the detail of its plan', () => {
    const part = fixtureReport('qingjiang-2023').parts.find((candidate) => candidate.id === 'next-year')!
    const third = lastYearPlans(part.blocks)[2]!
    expect(third.detail).toContain('深化矛盾纠纷化解')
  })

  it('mixes sub-headings and run-in numbered paragraphs (beiliu)', () => {
    expect(plansOf('beiliu-2023')).toEqual([
      '继续加强党的领导，压紧压实组织责任',
      '继续加强宣传教育，提高法治建设意识',
      '持续围绕法治建设，不断提升治理质效',
    ])
  })

  it('reads half-width (一) paragraphs (gongchuan)', () => {
    expect(plansOf('gongchuan-2023')).toEqual(['加强法治培训', '创新普法宣传', '优化法律服务'])
  })

  it('splits 一是……二是…… when nothing is numbered', () => {
    const blocks = textToBlocks('一是针对执法规范化不足，组织执法人员实操培训2次；二是开展群众法治需求调研。')
    expect(lastYearPlans(blocks).map((plan) => plan.text)).toEqual([
      '针对执法规范化不足，组织执法人员实操培训2次',
      '开展群众法治需求调研',
    ])
  })
})
