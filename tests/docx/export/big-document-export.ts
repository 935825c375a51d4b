// Run in a child process by big-documents.test.ts, with a small heap (--max-old-space-size=512): exports a report of
// the kind given on the command line and prints one JSON line with the heap it took and the .docx's size.
import { emptyMeta, type Block, type Report } from '../../../renderer/core/report'
import { exportDocx } from '../../../renderer/docx/export/export-docx'

const [kind = 'table', countText = '5000'] = process.argv.slice(2)
const count = Number(countText)

function blocksOf(): Block[] {
  if (kind === 'table')
    return [
      {
        kind: 'table',
        header: true,
        line: null,
        rows: Array.from({ length: count }, (_, row) =>
          Array.from({ length: 100 }, (_, column) => `${String(row)}行${String(column)}列`),
        ),
      },
    ]
  return Array.from({ length: count }, (_, index) => ({
    kind: 'paragraph' as const,
    runs: [{ text: `第${String(index)}段：推进法治政府建设，全年召开专题会4次。` }],
    line: null,
  }))
}

const report: Report = {
  meta: {
    ...emptyMeta,
    title: '清江镇2023年法治政府建设年度报告',
    issuers: ['清江镇人民政府'],
    reportYear: 2023,
  },
  preamble: [],
  parts: [{ id: 'measures', heading: '推进法治政府建设的主要举措和成效', line: null, blocks: blocksOf() }],
}

const before = process.memoryUsage().heapUsed
let peak = before
// sampled between the export's own awaits, and once more at the end
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5)
const bytes = await exportDocx(report)
clearInterval(timer)
peak = Math.max(peak, process.memoryUsage().heapUsed)
process.stdout.write(
  `${JSON.stringify({ kind, count, bytes: bytes.byteLength, heapMB: Math.round((peak - before) / 1e6), rssMB: Math.round(process.memoryUsage().rss / 1e6) })}\n`,
)
