// A synthetic 上行文 for the 发文机关标志: complete 版头, 主送, 署名 and 版记, and a body of plain paragraphs long
// enough for full pages, so the checker's page rules apply and only the mark differs from case to case.
import { emptyMeta, type Block, type Report } from '../../../renderer/core/report'

const sentence =
  '镇党委、政府坚持以习近平法治思想为指导，全面推进依法行政，健全重大行政决策程序，严格落实行政执法三项制度，全年办理行政复议案件3件、行政诉讼案件2件。'
const paragraph = (count: number): Block => ({
  kind: 'paragraph',
  runs: [{ text: sentence.repeat(count) }],
  line: null,
})

/** `issuerMark` null leaves the mark to be made from the 署名. */
export function markReport(issuerMark: string | null, issuers: readonly string[]): Report {
  return {
    meta: {
      ...emptyMeta,
      issuerMark,
      docNumber: '新委〔2024〕5号',
      signer: '李明',
      recipients: '中共北流市委、北流市人民政府',
      title: '关于2023年度法治政府建设情况的报告',
      issuers,
      dateText: '2024年3月1日',
      copyTo: '北流市委全面依法治市委员会办公室',
      printedBy: '新圩镇党政综合办公室',
      printedDateText: '2024年3月1日',
      reportYear: 2023,
    },
    preamble: [paragraph(1)],
    parts: [
      {
        id: 'measures',
        heading: '2023年推进法治政府建设的主要举措和成效',
        line: null,
        blocks: [paragraph(3), paragraph(2), paragraph(4), paragraph(3)],
      },
    ],
  }
}
