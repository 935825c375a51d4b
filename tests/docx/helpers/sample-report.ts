// A hand-built report that exercises every element: a joint 版头 (two bodies, one 文件), four heading levels,
// bold runs, a run-in heading, a table, a list, two 署名, 附注 and a full 版记.
import { emptyMeta, type Block, type Report } from '../../../renderer/core/report'

const p = (text: string, bold = false): Block => ({ kind: 'paragraph', runs: [{ text, bold }], line: null })
const h = (level: 1 | 2 | 3 | 4, text: string): Block => ({ kind: 'heading', level, text, line: null })
const filler =
  '坚持以习近平法治思想为指导，全面推进依法行政，健全重大行政决策程序，严格落实行政执法三项制度。'

export function sampleReport(): Report {
  return {
    meta: {
      ...emptyMeta,
      issuerMark: '中共示范镇委员会\n示范镇人民政府文件',
      docNumber: '示委〔2024〕3号',
      signer: '王明',
      recipients: '中共示范县委、示范县人民政府',
      title: '中共示范镇委员会 示范镇人民政府关于2023年度法治政府建设情况的报告',
      issuers: ['中共示范镇委员会', '示范镇人民政府'],
      dateText: '2024年2月6日',
      copyTo: '示范县委全面依法治县委员会办公室，示范县司法局',
      printedBy: '示范镇党政办公室',
      printedDateText: '2024年2月6日',
      reportYear: 2023,
    },
    preamble: [p('2023年，我镇坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下：')],
    parts: [
      {
        id: 'measures',
        heading: '2023年推进法治政府建设的主要举措和成效',
        line: null,
        blocks: [
          h(2, '加强组织领导'),
          p(filler.repeat(3)),
          h(3, '健全制度'),
          { kind: 'paragraph', runs: [{ text: '一是', bold: true }, { text: filler }], line: null },
          h(4, '规范性文件审核'),
          p(filler.repeat(2)),
          p('（二）推进严格执法。全年办理行政处罚案件12件。'),
          {
            kind: 'table',
            header: true,
            line: null,
            rows: [
              ['项目', '2022年', '2023年', '说明'],
              ['行政复议', '3', '5', '均依法办结'],
              ['行政诉讼', '2', '1', '负责人出庭应诉率100%'],
            ],
          },
          {
            kind: 'list',
            ordered: true,
            items: ['完善普法责任清单。', '开展“宪法进万家”活动。'],
            line: null,
          },
        ],
      },
      { id: 'shortcomings', heading: '存在的不足和原因', line: null, blocks: [p(filler.repeat(2))] },
      { id: 'next-year', heading: '2024年工作安排', line: null, blocks: [p(filler), p('特此报告。')] },
    ],
  }
}
