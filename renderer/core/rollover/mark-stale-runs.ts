// Splits runs so that each figure carried over from last year stands in a run of its own marked
// `stale` (the editor highlights exactly the figure, and editing it clears only that one). Table cells and list
// items are marked the same way, and a cell that is a bare number (12, 3.5, 100%) is a figure by itself: its unit
// stands in the column's header.
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

const BARE_NUMBER = /^\s*\d+(?:\.\d+)?\s*[%％]?\s*$/u

/** A table cell's or list item's text as runs, its carried-over figures marked. */
export function markStaleText(text: string, year: number | null): Run[] {
  if (BARE_NUMBER.test(text)) return [{ text, stale: true }]
  return markStaleRuns([{ text }], year)
}
