// Saving and opening a large .fznb: our schema-checked format against bare JSON of the same report.
import { emptyMeta, type Block, type Report } from '../../renderer/core/report'
import { parseReportFile, serializeReportFile } from '../../renderer/core/report-file'
import type { BenchResult } from './bench-result'
import { pairedMs, row } from './measure'

/** About 30 pages: 6 parts × 40 paragraphs of ~220 characters. */
function largeReport(): Report {
  const paragraph = (index: number): Block => ({
    kind: 'paragraph',
    runs: [{ text: `${index}．全年共办理行政复议案件12件，负责人出庭应诉率100%。`.repeat(6) }],
    line: index + 1,
  })
  return {
    meta: { ...emptyMeta, reportYear: 2023 },
    preamble: [],
    parts: Array.from({ length: 6 }, (_, part) => ({
      id: `part-${part}`,
      heading: `第${part + 1}部分`,
      line: part * 41 + 1,
      blocks: Array.from({ length: 40 }, (_, index) => paragraph(part * 40 + index)),
    })),
  }
}

export async function benchReportFile(): Promise<BenchResult[]> {
  const report = largeReport()
  const file = serializeReportFile({ templateId: 'standard-2019', report })
  const open = await pairedMs(
    () => parseReportFile(file),
    () => JSON.parse(file) as unknown,
  )
  const saveOpen = await pairedMs(
    () => parseReportFile(serializeReportFile({ templateId: 'standard-2019', report })),
    () => JSON.parse(JSON.stringify({ report })) as unknown,
  )
  return [row('fznb-save-open', 'ms', saveOpen), row('fznb-open', 'ms', open)]
}
