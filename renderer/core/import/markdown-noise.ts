// Strips what markdown converters and chat tools leave in pasted reports: # headings, **bold**,
// list bullets, quote marks, escaped characters. Bold is kept as runs: it is the only emphasis
// the official layout allows (一是……。 lead sentences are often bold).
import type { Run } from '../report'

export interface CleanLine {
  /** Plain text, trimmed, without markdown. */
  readonly text: string
  readonly runs: readonly Run[]
  /** 1–6 for a markdown heading line, 0 otherwise. */
  readonly markdownLevel: number
}

// Full-width spaces (U+3000) indent Chinese paragraphs; trim() already covers them, kept explicit for readers.
const edgeSpace = /^[\s\u3000]+|[\s\u3000]+$/g

function toRuns(text: string): Run[] {
  const runs: Run[] = []
  // ** and __ toggle bold; unbalanced markers just disappear.
  const pieces = text.split(/\*\*|__/)
  pieces.forEach((piece, index) => {
    if (piece.length === 0) return
    const bold = index % 2 === 1 && index < pieces.length - 1
    const last = runs[runs.length - 1]
    if (last !== undefined && (last.bold ?? false) === bold) {
      runs[runs.length - 1] = bold ? { text: last.text + piece, bold } : { text: last.text + piece }
    } else {
      runs.push(bold ? { text: piece, bold } : { text: piece })
    }
  })
  return runs
}

export function cleanMarkdownLine(raw: string): CleanLine {
  let line = raw.replace(edgeSpace, '')
  let markdownLevel = 0
  const heading = /^(#{1,6})\s*/.exec(line)
  if (heading !== null) {
    markdownLevel = heading[1]?.length ?? 0
    line = line.slice(heading[0].length).replace(/\s*#+\s*$/, '')
  }
  line = line.replace(/^>\s*/, '').replace(/^[-*+]\s+(?=\S)/, '')
  line = line.replace(/\\([*_#>`[\]])/g, '$1').replace(/`/g, '')
  const runs = toRuns(line)
  // Trim the edges of the whole line again: "** 标题 **" leaves spaces inside the markers.
  const first = runs[0]
  if (first !== undefined) runs[0] = { ...first, text: first.text.replace(edgeSpace, '') }
  const lastIndex = runs.length - 1
  const last = runs[lastIndex]
  if (last !== undefined) runs[lastIndex] = { ...last, text: last.text.replace(edgeSpace, '') }
  const kept = runs.filter((run) => run.text.length > 0)
  return { text: kept.map((run) => run.text).join(''), runs: kept, markdownLevel }
}
