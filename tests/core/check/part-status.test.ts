// The 第一责任人 part is merged when the measures tell how the 书记 and 镇长 lead the rule of law in person, and
// missing when all they hold is the stock phrase every report carries (主要领导亲自抓、分管领导具体抓).
import { describe, expect, it } from 'vitest'
import { check } from './good-report'

function firstResponsible(measures: string): string | undefined {
  const text = `某某镇2023年法治政府建设年度报告

一、2023年推进法治政府建设的主要举措和成效

${measures}
`
  return check(text).result.parts.find((part) => part.id === 'first-responsible')?.status
}

describe('the 第一责任人 part without a heading of its own', () => {
  it.each([
    '镇党委书记亲自部署法治建设重要工作4次。',
    '党政主要负责人认真履行推进法治建设第一责任人职责。',
    '书记、镇长带头学法，在年终述职中专题述法。',
  ])('is merged where the measures say “%s”', (sentence) => {
    expect(firstResponsible(sentence)).toBe('merged')
  })

  it.each(['形成了主要领导亲自抓、分管领导具体抓、各部门配合抓的工作格局。', '党委书记出席会议。'])(
    'is missing where they only say “%s”',
    (sentence) => {
      expect(firstResponsible(sentence)).toBe('missing')
    },
  )
})

describe('a heading that names two parts', () => {
  const statuses = (heading: string): Record<string, string> =>
    Object.fromEntries(
      check(`某某镇2023年法治政府建设年度报告

一、2023年工作开展情况

办理行政复议案件2件。

二、${heading}

执法培训不够系统。2024年，我镇将开展培训2次。
`).result.parts.map((part) => [part.id, part.status]),
    )

  it.each(['存在的问题及2024年工作打算', '存在的问题和下一步打算', '问题不足及下步打算'])(
    '“%s” holds the part it names less well: merged there, not missing',
    (heading) => {
      expect(statuses(heading)).toMatchObject({
        measures: 'present',
        'next-year': 'present',
        shortcomings: 'merged',
      })
    },
  )

  it('leaves a part no heading names missing', () => {
    expect(statuses('2024年工作打算')).toMatchObject({ 'next-year': 'present', shortcomings: 'missing' })
  })
})
