import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../renderer/core/builtin-templates'
import { changeTemplate } from '../../renderer/core/change-template'
import { textToReport } from '../../renderer/core/import/text-to-report'
import { blockText, type Report } from '../../renderer/core/report'

const standard = findBuiltinTemplate('standard-2019')!
const courtInMeasures = findBuiltinTemplate('court-in-measures')!

const ownPart = [
  '示范镇2024年法治政府建设年度报告',
  '一、推进法治政府建设的主要举措和成效',
  '（一）加强组织领导',
  '镇党委召开专题会议4次。',
  '二、存在的不足和原因',
  '执法人员培训不够系统。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '镇党委书记带头学法讲法。',
  '四、下一年度推进法治政府建设的主要安排',
  '组织执法人员实操培训2次。',
  '五、履行法院生效裁判情况',
  '（一）案件情况',
  '2024年需履行法院生效裁判1件，已全部履行。',
  '六、其他需要报告的情况',
  '无。',
].join('\n')

/** Every text of the report, in order, without the part a text sits in: what must never be lost. */
const texts = (report: Report): string[] =>
  report.parts.flatMap((part) => [part.heading ?? '', ...part.blocks.map(blockText)])

const outline = (report: Report): unknown =>
  report.parts.map((part) => [
    part.id,
    part.blocks
      .filter((block) => block.kind === 'heading')
      .map((block) => `${String(block.level)}|${blockText(block)}`),
  ])

describe('changeTemplate', () => {
  it('moves a part the new template makes a sub-section into its parent, its own headings a level down', () => {
    const report = textToReport(ownPart, standard)
    const { report: changed, moves } = changeTemplate(report, standard, courtInMeasures)
    expect(outline(changed)).toEqual([
      ['measures', ['2|加强组织领导', '2|履行法院生效裁判情况', '3|案件情况']],
      ['shortcomings', []],
      ['first-responsible', []],
      ['next-year', []],
      ['other', []],
    ])
    expect(moves).toEqual(['“履行法院生效裁判情况”移入“推进法治政府建设的主要举措和成效”，作为其中一节'])
    expect(texts(changed).sort()).toEqual(texts(report).sort())
  })

  it('takes it out again to its place among the parts when changed back', () => {
    const report = textToReport(ownPart, standard)
    const nested = changeTemplate(report, standard, courtInMeasures).report
    const { report: back, moves } = changeTemplate(nested, courtInMeasures, standard)
    expect(outline(back)).toEqual(outline(report))
    expect(back.parts.map((part) => part.id)).toEqual([
      'measures',
      'shortcomings',
      'first-responsible',
      'next-year',
      'court-judgments',
      'other',
    ])
    expect(moves).toEqual([
      '“履行法院生效裁判情况”从“推进法治政府建设的主要举措和成效”中移出，单列为一个部分',
    ])
  })

  it('moves nothing between templates that place the parts alike, and keeps parts the template does not know', () => {
    const report = textToReport(`${ownPart}\n七、附件说明\n无附件。`, standard)
    const { report: same, moves } = changeTemplate(report, standard, standard)
    expect(same).toEqual(report)
    expect(moves).toEqual([])
    const nested = changeTemplate(report, standard, courtInMeasures).report
    expect(nested.parts.at(-1)).toMatchObject({ id: null, heading: '附件说明' })
  })
})
