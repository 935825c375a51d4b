// `npm run bench`: runs every benchmark and prints one JSON array of {name, value, unit, baseline, ratio, min, max}:
// check, export, import, keystroke, cli-check-process, review-reports-per-second and cold-start, and a few more.
import type { BenchResult } from './bench-result'
import { benchCheck } from './check-bench'
import { benchCliProcess } from './cli-process-bench'
import { benchEditor } from './editor-bench'
import { benchExport } from './export-bench'
import { benchImport } from './import-bench'
import { benchReportFile } from './report-file-bench'
import { benchReview } from './review-bench'

const benches: readonly (() => Promise<BenchResult[]>)[] = [
  benchReportFile,
  benchCheck,
  benchExport,
  benchImport,
  benchEditor,
  benchCliProcess,
  benchReview,
]

const results: BenchResult[] = []
for (const bench of benches) results.push(...(await bench()))
console.log(JSON.stringify(results, null, 2))
