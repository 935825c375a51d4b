// A report written in traditional characters (繁體) is checked as its simplified twin: its headings are recognised at
// import, its parts and items get the same statuses, and its findings quote it as written.
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import { textToReport } from '../../../renderer/core/import/text-to-report'

const simplified = `某某镇2023年法治政府建设年度报告

县委、县人民政府：

2023年，某某镇坚持以习近平法治思想为指导，现将有关情况报告如下：

一、主要举措和成效

（一）加强组织领导。镇党委召开党委会专题研究法治建设3次，领导干部会前学法12次。

（二）深化普法宣传。深入实施“八五”普法规划，开展法治宣传活动20场，覆盖群众8000人次。

（三）规范行政决策。重大行政决策均经合法性审查，全年作出重大行政决策2件；行政规范性文件合法性审核3件，备案3件；法律顾问审查合同10份。

（四）严格规范执法。落实行政执法三项制度，办理行政处罚案件15件，重大执法决定法制审核5件。

（五）化解行政争议。全年发生行政复议案件1件，已办结；行政诉讼案件2件，负责人出庭应诉率100%。

（六）推进政务公开。主动公开政府信息150条。人民调解矛盾纠纷90件，调解成功率98%。认真办理人大代表建议，主动接受审计监督。

二、存在的不足和原因

一是执法人员专业能力不足，原因是培训不够系统；二是法制建设宣传形式单一，原因是宣传经费有限。

三、党政主要负责人履行推进法治建设第一责任人职责情况

镇党委书记、镇长亲自部署法治建设，在年终述职中专题述法。

四、2024年工作安排

一是加强执法培训；二是创新普法形式。

五、履行法院生效裁判情况

2023年，我镇需履行法院生效裁判1件，已全部履行。

特此报告。

某某镇人民政府

2024年2月20日
`

const traditional = `某某鎮2023年法治政府建設年度報告

縣委、縣人民政府：

2023年，某某鎮堅持以習近平法治思想為指導，現將有關情況報告如下：

一、主要舉措和成效

（一）加強組織領導。鎮黨委召開黨委會專題研究法治建設3次，領導幹部會前學法12次。

（二）深化普法宣傳。深入實施“八五”普法規劃，開展法治宣傳活動20場，覆蓋群眾8000人次。

（三）規範行政決策。重大行政決策均經合法性審查，全年作出重大行政決策2件；行政規範性文件合法性審核3件，備案3件；法律顧問審查合同10份。

（四）嚴格規範執法。落實行政執法三項制度，辦理行政處罰案件15件，重大執法決定法制審核5件。

（五）化解行政爭議。全年發生行政複議案件1件，已辦結；行政訴訟案件2件，負責人出庭應訴率100%。

（六）推進政務公開。主動公開政府信息150條。人民調解矛盾糾紛90件，調解成功率98%。認真辦理人大代表建議，主動接受審計監督。

二、存在的不足和原因

一是執法人員專業能力不足，原因是培訓不夠系統；二是法制建設宣傳形式單一，原因是宣傳經費有限。

三、黨政主要負責人履行推進法治建設第一責任人職責情況

鎮黨委書記、鎮長親自部署法治建設，在年終述職中專題述法。

四、2024年工作安排

一是加強執法培訓；二是創新普法形式。

五、履行法院生效裁判情況

2023年，我鎮需履行法院生效裁判1件，已全部履行。

特此報告。

某某鎮人民政府

2024年2月20日
`

const template = findBuiltinTemplate('standard-2019')!

function check(text: string) {
  const report = textToReport(text, template)
  return { report, result: checkReport(report, template) }
}

describe('a report in traditional characters', () => {
  const twin = check(simplified)
  const written = check(traditional)

  it('has its headings recognised at import as the same parts', () => {
    expect(written.report.parts.map((part) => part.id)).toEqual(twin.report.parts.map((part) => part.id))
    expect(written.report.parts.map((part) => part.id)).toEqual([
      'measures',
      'shortcomings',
      'first-responsible',
      'next-year',
      'court-judgments',
    ])
    expect(written.report.meta.title).toBe('某某鎮2023年法治政府建設年度報告')
  })

  it('gets the same part and item statuses and the same findings', () => {
    expect(written.result.reportYear).toBe(2023)
    expect(written.result.parts.map(({ id, status }) => ({ id, status }))).toEqual(
      twin.result.parts.map(({ id, status }) => ({ id, status })),
    )
    expect(written.result.items).toEqual(twin.result.items)
    const shape = (findings: typeof twin.result.findings) =>
      findings.map(({ rule, severity, part, line }) => ({ rule, severity, part, line }))
    expect(shape(written.result.findings)).toEqual(shape(twin.result.findings))
    expect(written.result.complete).toBe(twin.result.complete)
  })

  it('quotes the traditional original in its findings', () => {
    const term = written.result.findings.find((finding) => finding.rule === 'wrong-term')
    expect(term?.message).toContain('“法制建设”应为“法治建设”')
    expect(term?.evidence).toMatch(/^.{0,10}法制建設/u)
    // a correction in simplified characters would mix the scripts: none is offered
    expect(term?.fix).toBeUndefined()
    for (const { evidence } of written.result.findings) {
      if (evidence !== undefined) expect(traditional).toContain(evidence)
    }
  })
})
