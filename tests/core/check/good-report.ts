// A complete, correct report for rule tests: each test breaks one thing and expects exactly the
// rule for it to fire. Kept realistic (wording from real township reports) on purpose.
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import type { CheckOptions } from '../../../renderer/core/check/check-context'
import { checkReport, type CheckResult } from '../../../renderer/core/check/check-report'
import type { Finding } from '../../../renderer/core/check/finding'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import type { Report } from '../../../renderer/core/report'

export const goodReport = `中共清江镇委员会
清江镇人民政府

清委〔2024〕9号                签发人：张亚平

清江镇2023年法治政府建设年度报告

中共乐清市委、乐清市人民政府：

2023年，清江镇深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：

一、2023年推进法治政府建设的主要举措和成效

（一）加强党的领导。镇党委成立法治建设领导小组，召开党委会专题研究法治建设4次。理论学习中心组开展集中学法10次，参加人员230人次。

（二）深化普法宣传。深入实施“八五”普法规划，开展法治宣传活动41场，覆盖群众1.2万人次。

（三）规范重大行政决策。严格执行公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序，全年作出重大行政决策3件。行政规范性文件合法性审核5件，备案5件。法律顾问审查合同16份。

（四）严格规范执法。全面落实行政执法“三项制度”，办理行政处罚案件37件，重大执法决定法制审核12件。

（五）依法化解行政争议。全年发生行政复议案件2件，均已办结；行政诉讼案件3件，负责人出庭应诉率100%。

（六）推进政务公开。主动公开政府信息290条。

（七）化解矛盾纠纷。人民调解矛盾纠纷221件，调解成功率100%。

（八）自觉接受监督。认真办理人大代表建议和政协委员提案，主动接受审计监督和社会监督。

二、2023年推进法治政府建设存在的不足和原因

一是执法规范化水平有待提高，原因是执法人员培训偏重集中授课；二是普法针对性不强，原因是对群众需求调研不够。

三、2023年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况

镇党委书记、镇长切实履行推进法治建设第一责任人职责，亲自部署法治建设重要工作，在年终述职中专题述法。

四、2024年推进法治政府建设的主要安排

一是针对执法规范化不足，组织执法人员实操培训2次；二是针对普法针对性不强，开展群众法治需求调研。

五、2023年履行法院生效裁判情况

2023年，我镇需履行法院生效裁判1件，已全部履行，履行率100%。

特此报告。

中共清江镇委员会

清江镇人民政府

2024年2月18日

抄送：中共乐清市委全面依法治市委员会办公室。

清江镇党政综合办公室                2024年2月18日印发
`

const template = findBuiltinTemplate('standard-2019')!

export function check(text: string, options: CheckOptions = {}): { report: Report; result: CheckResult } {
  const report = textToReport(text, template)
  return { report, result: checkReport(report, template, options) }
}

export function findingsOf(text: string, rule: string, options: CheckOptions = {}): Finding[] {
  return check(text, options).result.findings.filter((finding) => finding.rule === rule)
}

/** goodReport with one exact piece of text replaced; fails loudly if the piece is not there. */
export function breaking(search: string, replacement: string): string {
  if (!goodReport.includes(search)) throw new Error(`not in goodReport: ${search}`)
  return goodReport.replace(search, replacement)
}
