// Reports written as a run of themes (一、深入学习贯彻…… 二、坚持依法决策……) instead of one 主要举措 heading:
// the themes are the measures, present; 第一责任人 content inside them is merged, not missing.
import { describe, expect, it } from 'vitest'
import { check } from './good-report'

const themes = `某某镇2023年法治政府建设工作情况报告

县委全面依法治县委员会办公室：

2023年，我镇深入贯彻习近平法治思想，现将有关情况报告如下：

一、深入学习贯彻习近平法治思想

坚持会前学法，全年开展会前学法12次。党委书记、镇长认真履行推进法治建设第一责任人职责，在年终述职中专题述法。

二、坚持依法科学民主决策

全年作出重大行政决策3件，均经集体讨论决定。

三、严格规范公正文明执法

全年办理行政处罚案件16件。
`

function statuses(text: string): Record<string, string> {
  return Object.fromEntries(check(text).result.parts.map((part) => [part.id, part.status]))
}

describe('a thematic report', () => {
  it('reads the run of themes as the measures, and the duties inside them as merged', () => {
    const { result } = check(themes)
    const measures = result.parts.find((part) => part.id === 'measures')
    expect(measures).toMatchObject({ status: 'present', heading: '一、深入学习贯彻习近平法治思想' })
    expect(statuses(themes)['first-responsible']).toBe('merged')
    expect(result.findings.filter((finding) => finding.rule === 'part-unrecognized')).toEqual([])
    expect(
      result.findings.some((finding) => finding.rule === 'part-missing' && finding.part === 'measures'),
    ).toBe(false)
  })

  it('ends the themes at the 不足 and the plans, and still reads those parts', () => {
    const text = `${themes}
四、存在的问题

一是执法力量薄弱，原因是编制不足。

五、下一步工作打算

2024年，我镇将继续加强法治宣传。

六、关于数据口径的说明

以上数据截至12月20日。
`
    const { result } = check(text)
    expect(statuses(text)).toMatchObject({
      measures: 'present',
      shortcomings: 'present',
      'next-year': 'present',
    })
    // what comes after the plans is not a theme of measures
    expect(result.findings.filter((finding) => finding.rule === 'part-unrecognized')).toHaveLength(1)
  })

  it('takes a heading on how the 书记 and 镇长 lead the rule of law for the duties part', () => {
    const text = `${themes}
四、书记镇长抓法治建设情况

镇党委书记亲自部署法治建设工作4次。
`
    expect(statuses(text)).toMatchObject({ measures: 'present', 'first-responsible': 'present' })
  })

  it('takes the unnamed sections right after the measures heading for more of its themes', () => {
    const text = `某某镇2023年法治政府建设年度报告

一、2023年推进法治政府建设的主要举措和成效

全年办理行政处罚案件16件。

一、强化领导责任，夯实法治政府建设基础

坚持会前学法。

二、存在的问题

执法力量薄弱，原因是编制不足。

三、关于数据口径的说明

以上数据截至12月20日。
`
    const { result } = check(text)
    const unrecognized = result.findings.filter((finding) => finding.rule === 'part-unrecognized')
    expect(unrecognized.map((finding) => finding.message)).toEqual([
      expect.stringContaining('关于数据口径的说明'),
    ])
    expect(result.items.find((item) => item.id === 'legal-study')?.status).toBe('present')
  })
})

describe('next year’s plans', () => {
  it('are not read into a part from a mention inside a sentence', () => {
    const text = `${themes.replace('全年办理行政处罚案件16件。', '全年办理行政处罚案件16件，为下一步持续深化执法规范化奠定了基础。2024年1月，召开了述法评议会。')}`
    expect(statuses(text)['next-year']).toBe('missing')
  })

  it('are read as merged where a sentence opens with them', () => {
    const text = `${themes.replace('全年办理行政处罚案件16件。', '全年办理行政处罚案件16件。下一步，我镇将继续规范执法。')}`
    expect(statuses(text)['next-year']).toBe('merged')
  })
})

describe('a report without headings', () => {
  it('has its measures merged into the opening, not missing', () => {
    const text = `某某乡2023年法治政府建设年度报告

2023年，我乡认真贯彻落实上级部署。全年召开党委会专题研究法治工作3次；开展普法宣传活动15场；办理行政处罚案件5件。

但是也存在一些不足，主要是执法人员少，原因是编制有限。

下一步，我乡将继续加强法治政府建设。
`
    expect(statuses(text)).toMatchObject({
      measures: 'merged',
      shortcomings: 'merged',
      'next-year': 'merged',
    })
  })
})
