// Splits runs so that each figure carried over from last year stands in a run of its own marked
// `stale` (the editor highlights exactly the figure, and editing it clears only that one).
import type { Run } from '../report'
import { staleFigureSpans } from './stale-figures'

function piece(run: Run, text: string, stale: boolean): Run {
  const base: Run = run.bold === true ? { text, bold: true } : { text }
  return stale ? { ...base, stale: true } : base
}

export function markStaleRuns(runs: readonly Run[], year: number | null): Run[] {
  const out: Run[] = []
  for (const run of runs) {
    if (run.stale === true) {
      out.push(run)
      continue
    }
    let last = 0
    for (const span of staleFigureSpans(run.text, year)) {
      if (span.start > last) out.push(piece(run, run.text.slice(last, span.start), false))
      out.push(piece(run, run.text.slice(span.start, span.end), true))
      last = span.end
    }
    if (last < run.text.length) out.push(piece(run, run.text.slice(last), false))
  }
  return out
}
