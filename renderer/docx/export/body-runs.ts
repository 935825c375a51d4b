// The runs of a 正文 paragraph: its text in stretches of one face and weight (a run-in heading's sentence in the
// heading's face), merged where Word needs no split, at the tracking the page plan gives the paragraph, and where the
// 署名 takes its last lines over (signature-carry.ts) split by a page break.
import type { Run } from '../../core/report'
import type { OfficialFont } from './official-fonts'
import { type SharedRun, sharedRun } from './official-run'

/** A stretch of text in one face and weight, highlighted or not. */
export interface Segment {
  readonly text: string
  readonly font: OfficialFont
  readonly bold: boolean
  readonly highlight: boolean
}

/** `highlight`: a working draft, which highlights the figures carried over from last year. */
export function segments(
  runs: readonly Run[],
  font: OfficialFont,
  keepBold: boolean,
  highlight: boolean,
): Segment[] {
  return runs.map((run) => ({
    text: run.text,
    font,
    bold: keepBold && run.bold === true,
    highlight: highlight && run.stale === true,
  }))
}

/**
 * One run per stretch of equal face and weight: the report splits its runs where Word doesn't need it to (a figure
 * marked stale by rollover, a run-in heading's number), and every run is written with its font when packing.
 */
export function textRuns(parts: readonly Segment[], retracked?: number): SharedRun[] {
  const merged: Segment[] = []
  for (const part of parts) {
    const last = merged[merged.length - 1]
    if (
      last !== undefined &&
      last.font.name === part.font.name &&
      last.bold === part.bold &&
      last.highlight === part.highlight
    ) {
      merged[merged.length - 1] = { ...last, text: last.text + part.text }
    } else merged.push(part)
  }
  const tracking = retracked === undefined ? {} : { tracking: retracked }
  return merged.map((part) =>
    sharedRun(part.text, {
      font: part.font,
      bold: part.bold,
      ...tracking,
      ...(part.highlight ? { highlight: 'yellow' } : {}),
    }),
  )
}

/**
 * The runs of a paragraph whose last `carried` characters are printed after a page break (signature-carry.ts):
 * counted from the end, where a run-in heading's renumbering cannot shift them.
 */
export function brokenRuns(parts: readonly Segment[], carried: number, retracked?: number): SharedRun[] {
  const before: Segment[] = []
  const after: Segment[] = []
  let left = carried
  for (let index = parts.length - 1; index >= 0; index--) {
    const part = parts[index]!
    const chars = [...part.text]
    const cut = Math.max(0, chars.length - left)
    left -= chars.length - cut
    if (cut < chars.length) after.unshift({ ...part, text: chars.slice(cut).join('') })
    if (cut > 0) before.unshift({ ...part, text: chars.slice(0, cut).join('') })
  }
  const [first, ...rest] = textRuns(after, retracked)
  if (first === undefined) return textRuns(before, retracked)
  return [...textRuns(before, retracked), { ...first, pageBreakBefore: true }, ...rest]
}
