// A paragraph longer than a paragraph may be (core/limits.ts) is cut into pieces that may, after a full stop
// where there is one: pasted or imported, what the editor holds can then always be saved.
import { limits } from './limits'
import type { Block, Run } from './report'

/** A paragraph's text in pieces no longer than a paragraph may be, split after a full stop where there is one. */
export function paragraphPieces(text: string, most: number = limits.maxTextChars): string[] {
  const pieces: string[] = []
  let rest = text
  while (rest.length > most) {
    const stop = rest.lastIndexOf('。', most - 1)
    let at = stop > most / 2 ? stop + 1 : most
    // never between the halves of a surrogate pair
    const code = rest.charCodeAt(at - 1)
    if (code >= 0xd800 && code <= 0xdbff) at -= 1
    pieces.push(rest.slice(0, at))
    rest = rest.slice(at)
  }
  pieces.push(rest)
  return pieces
}

/** Runs cut where the pieces of their joined text end, each piece keeping its runs' formatting. */
function splitRuns(runs: readonly Run[], pieces: readonly string[]): Run[][] {
  const out: Run[][] = pieces.map(() => [])
  const ends: number[] = []
  let total = 0
  for (const piece of pieces) ends.push((total += piece.length))
  let piece = 0
  let offset = 0
  for (const run of runs) {
    let start = 0
    while (start < run.text.length) {
      const end = Math.min(run.text.length, start + ((ends[piece] ?? total) - offset))
      out[piece]?.push({ ...run, text: run.text.slice(start, end) })
      offset += end - start
      start = end
      if (offset === ends[piece] && piece < pieces.length - 1) piece += 1
    }
  }
  return out
}

/** Each paragraph longer than a paragraph may be becomes several; every other block stays as it is. */
export function splitLongParagraphs(blocks: readonly Block[], most: number = limits.maxTextChars): Block[] {
  const out: Block[] = []
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      out.push(block)
      continue
    }
    let length = 0
    for (const run of block.runs) length += run.text.length
    if (length <= most) {
      out.push(block)
      continue
    }
    const pieces = paragraphPieces(block.runs.map((run) => run.text).join(''), most)
    for (const runs of splitRuns(block.runs, pieces)) out.push({ ...block, runs })
  }
  return out
}
