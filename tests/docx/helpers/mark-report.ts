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

const XINXU_PARTY = '中共广西壮族自治区北流市新圩镇委员会'
const XINXU_GOVERNMENT = '北流市新圩镇人民政府'
const QINGJIANG_DISCIPLINE = '中共乐清市清江镇纪律检查委员会'
const QINGJIANG_ARMED = '乐清市清江镇人民武装部'

export interface MarkCase {
  readonly name: string
  /** The report's own mark; null leaves it to be made from the 署名. */
  readonly mark: string | null
  readonly issuers: readonly string[]
  /** The lines the mark prints, 文件 apart. */
  readonly lines: readonly string[]
}

/** Marks of two to four long names, one derived from the 署名, and one single name of 20 characters. */
export const markCases: Record<'joint2' | 'joint3Derived' | 'joint4' | 'jointShort' | 'single20', MarkCase> =
  {
    joint2: {
      name: 'joint-2',
      mark: `${XINXU_PARTY}\n${XINXU_GOVERNMENT}文件`,
      issuers: [XINXU_PARTY, XINXU_GOVERNMENT],
      lines: [XINXU_PARTY, XINXU_GOVERNMENT, '文件'],
    },
    joint3Derived: {
      name: 'joint-3-derived',
      mark: null,
      issuers: [XINXU_PARTY, XINXU_GOVERNMENT, QINGJIANG_DISCIPLINE],
      lines: [XINXU_PARTY, XINXU_GOVERNMENT, QINGJIANG_DISCIPLINE, '文件'],
    },
    joint4: {
      name: 'joint-4',
      mark: `${XINXU_PARTY}\n${XINXU_GOVERNMENT}\n${QINGJIANG_DISCIPLINE}\n${QINGJIANG_ARMED}文件`,
      issuers: [XINXU_PARTY, XINXU_GOVERNMENT],
      lines: [XINXU_PARTY, XINXU_GOVERNMENT, QINGJIANG_DISCIPLINE, QINGJIANG_ARMED, '文件'],
    },
    jointShort: {
      name: 'joint-short',
      mark: '中共示范镇委员会\n示范镇人民政府文件',
      issuers: ['示范镇人民政府'],
      lines: ['中共示范镇委员会', '示范镇人民政府', '文件'],
    },
    single20: {
      name: 'single-20',
      mark: '广西壮族自治区北流市新圩镇人民政府文件',
      issuers: [XINXU_GOVERNMENT],
      lines: ['广西壮族自治区北流市新圩镇人民政府文件'],
    },
  }
