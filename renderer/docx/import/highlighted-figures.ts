// Figures a working draft highlights (export/body.ts, draftMarks) read back as figures carried over from last year
// (Run.stale), so checking the .docx finds what checking the .fznb finds. Yellow is what the export writes and what
// Word and WPS highlight with unless told otherwise. Rollover marks only figures (stale-figures.ts: counts, amounts,
// dates, years, all written in digits), so a yellow stretch without a digit is the clerk's own highlighting of a
// phrase and stays plain text. Word may split a highlighted figure into several runs (2023 | 年), so the stretch, not
// each run, is what holds a digit.
import type { Run } from '../../core/report'

export const STALE_HIGHLIGHT = 'yellow'

/** Whether a run highlighted in `highlight` (mammoth's `w:highlight` value) may be one of rollover's figures. */
export function highlightsFigure(highlight: string | null): boolean {
  return highlight === STALE_HIGHLIGHT
}

/**
 * `runs` with their highlighted stretches (marked `stale` while reading) joined into one run each, kept stale where
 * the stretch holds a digit and made plain text where it does not.
 */
export function highlightedFigures(runs: readonly Run[]): Run[] {
  const out: Run[] = []
  for (const run of runs) {
    const last = out.at(-1)
    if (last?.stale === true && run.stale === true && (last.bold === true) === (run.bold === true))
      out[out.length - 1] = { ...last, text: last.text + run.text }
    else out.push(run)
  }
  return out.map((run) =>
    run.stale !== true || /\d/u.test(run.text)
      ? run
      : { text: run.text, ...(run.bold === true ? { bold: true } : {}) },
  )
}
