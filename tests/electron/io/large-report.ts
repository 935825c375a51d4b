// A large report (a few MB as .fznb) for the save tests: big enough that a write takes long enough to be
// killed half-way, and every block kind, so the parse after a kill checks more than the JSON brackets.
import { emptyMeta, type Block, type Report } from '../../../renderer/core/report'
import { serializeReportFile } from '../../../renderer/core/report-file'

function blocks(version: string, count: number): Block[] {
  const out: Block[] = []
  for (let index = 0; index < count; index += 1) {
    out.push({ kind: 'heading', level: 2, text: `第${index + 1}项工作（${version}）`, line: null })
    out.push({
      kind: 'paragraph',
      runs: [
        { text: '一是', bold: true },
        {
          text: `全年召开党委会专题研究法治建设${index}次，开展法治宣传活动${index * 3}场，覆盖群众1.2万人次。`.repeat(
            6,
          ),
        },
      ],
      line: null,
    })
    if (index % 50 === 0)
      out.push({
        kind: 'table',
        header: true,
        rows: [
          ['事项', '件数'],
          ['行政诉讼', String(index)],
        ],
        line: null,
      })
  }
  return out
}

/** `version` changes every block, so the two versions differ throughout, not only at one end. */
export function largeReportFile(version: string, blockPairs = 2000): string {
  const report: Report = {
    meta: { ...emptyMeta, title: `清江镇2024年法治政府建设年度报告（${version}）`, reportYear: 2024 },
    preamble: [],
    parts: [
      {
        id: 'measures',
        heading: '一、推进法治政府建设的主要举措和成效',
        line: null,
        blocks: blocks(version, blockPairs),
      },
    ],
  }
  return serializeReportFile({ templateId: 'standard-2019', report })
}
