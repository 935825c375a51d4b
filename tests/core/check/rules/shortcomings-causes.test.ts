import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const written =
  '一是执法规范化水平有待提高，原因是执法人员培训偏重集中授课；二是普法针对性不强，原因是对群众需求调研不够。'

describe('shortcomings-causes', () => {
  it('is silent when the problems come with their causes', () => {
    expect(findingsOf(goodReport, 'shortcomings-causes')).toEqual([])
    const other = breaking(written, '受基层执法力量制约，执法规范化水平有待提高。')
    expect(findingsOf(other, 'shortcomings-causes')).toEqual([])
  })

  it('flags a list of problems without a cause', () => {
    const text = breaking(written, '一是执法规范化水平有待提高；二是普法针对性不强。')
    expect(findingsOf(text, 'shortcomings-causes')).toMatchObject([
      { severity: 'warning', part: 'shortcomings' },
    ])
  })
})
