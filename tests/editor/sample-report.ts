// A small report with every block kind, shared by the editor tests.
import { emptyMeta, type Block, type Report } from '../../renderer/core/report'

export const sampleReport: Report = {
  meta: { ...emptyMeta, title: '清江镇2023年法治政府建设年度报告', reportYear: 2023 },
  preamble: [{ kind: 'paragraph', runs: [{ text: '2023年，我镇……现将有关情况报告如下：' }], line: 1 }],
  parts: [
    {
      id: 'measures',
      heading: '2023年推进法治政府建设的主要举措和成效',
      line: 2,
      blocks: [
        { kind: 'heading', level: 2, text: '加强党的领导', line: 3 },
        {
          kind: 'paragraph',
          runs: [{ text: '一是', bold: true }, { text: '全年召开党委会专题研究法治建设4次。' }],
          line: 4,
        },
        { kind: 'heading', level: 3, text: '会前学法', line: 5 },
        { kind: 'heading', level: 4, text: '学法内容', line: 6 },
        { kind: 'heading', level: 3, text: '中心组学法', line: 7 },
        { kind: 'heading', level: 2, text: '行政复议与应诉', line: 8 },
        {
          kind: 'paragraph',
          runs: [{ text: '全年共办理行政复议案件【　】件，负责人出庭应诉率【　】%。' }],
          line: 9,
        },
        {
          kind: 'table',
          header: true,
          rows: [
            ['事项', '件数'],
            ['行政诉讼', '3'],
          ],
          line: 10,
        },
        { kind: 'list', ordered: true, items: ['第一项', '第二项'], line: 11 },
      ],
    },
    {
      id: 'shortcomings',
      heading: '2023年推进法治政府建设存在的不足和原因',
      line: 12,
      blocks: [{ kind: 'heading', level: 2, text: '执法力量不足', line: 13 }],
    },
    {
      id: null,
      heading: '其他工作',
      line: 14,
      blocks: [{ kind: 'paragraph', runs: [{ text: '无。' }], line: 15 }],
    },
  ],
}

/** A 2024 report of one part, 主要举措和成效 (line 1), holding `blocks`: what the editor plugins' tests edit. */
export function measuresReport(blocks: Block[]): Report {
  return {
    meta: { ...emptyMeta, reportYear: 2024 },
    preamble: [],
    parts: [{ id: 'measures', heading: '2024年推进法治政府建设的主要举措和成效', line: 1, blocks }],
  }
}
