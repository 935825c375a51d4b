// A change of a 正文 paragraph's text as the writer would make it, for the fill advice (fill-advice.ts) to lay the
// report out again with: characters added in front of its closing punctuation, or taken out from there.
import type { Block, Report, Run } from '../../core/report'

/** A paragraph keeps at least this many characters: the advice trims, it does not delete. */
const KEPT_CHARS = 12
/** Stands in for the writer's words: any Chinese character takes the same room. */
const FILLER = '字'
/** The closing punctuation an added or removed stretch goes in front of. */
const CLOSING = /[。！？；：…”’」）)\s]*$/u

/** A paragraph of the 正文 by where it sits in the report. */
export interface Place {
  /** `preamble`, or the index of the part. */
  readonly container: 'preamble' | number
  readonly block: number
}

/**
 * The flow paragraphs `blocks` print as, in order (a heading, a paragraph and a table one each, a list one an item),
 * each text paragraph with its place in the report (`placeOf`), the rest null.
 */
export function blockPlaces(
  blocks: readonly Block[],
  placeOf: (block: Block, index: number) => Place | null,
): (Place | null)[] {
  return blocks.flatMap((block, index) =>
    block.kind === 'list'
      ? block.items.map(() => null)
      : [block.kind === 'paragraph' ? placeOf(block, index) : null],
  )
}

/** The 正文 paragraphs of the flow in order, with where each editable one sits in the report. */
export function bodyPlaces(report: Report): (Place | null)[] {
  const out = blockPlaces(report.preamble, (_, block) => ({ container: 'preamble', block }))
  report.parts.forEach((part, container) => {
    if (part.heading !== null) out.push(null)
    for (const place of blockPlaces(part.blocks, (_, block) => ({ container, block }))) out.push(place)
  })
  return out
}

function blockAt(report: Report, place: Place): Block | undefined {
  return place.container === 'preamble'
    ? report.preamble[place.block]
    : report.parts[place.container]?.blocks[place.block]
}

/** The runs with `count` characters added in front of the closing punctuation, or taken out from there. */
function editedRuns(runs: readonly Run[], count: number): Run[] | null {
  const chars = runs.flatMap((run, index) => [...run.text].map((char) => ({ char, index })))
  const text = chars.map((entry) => entry.char).join('')
  const end = [...text.replace(CLOSING, '')].length
  if (end === 0 || end + Math.min(0, count) < KEPT_CHARS) return null
  const before = chars.slice(0, count < 0 ? end + count : end)
  const at = before.at(-1)?.index ?? 0
  const added = count > 0 ? Array.from({ length: count }, () => ({ char: FILLER, index: at })) : []
  const all = [...before, ...added, ...chars.slice(end)]
  return runs
    .map((run, index) => ({
      ...run,
      text: all
        .filter((entry) => entry.index === index)
        .map((entry) => entry.char)
        .join(''),
    }))
    .filter((run) => run.text !== '')
}

/** The report with `count` characters added to the paragraph at `place`, or taken out; null where it has too few. */
export function withEdit(report: Report, place: Place, count: number): Report | null {
  const block = blockAt(report, place)
  if (block?.kind !== 'paragraph') return null
  const runs = editedRuns(block.runs, count)
  if (runs === null) return null
  const edited: Block = { ...block, runs }
  const swap = (blocks: readonly Block[]): Block[] =>
    blocks.map((item, index) => (index === place.block ? edited : item))
  if (place.container === 'preamble') return { ...report, preamble: swap(report.preamble) }
  return {
    ...report,
    parts: report.parts.map((part, index) =>
      index === place.container ? { ...part, blocks: swap(part.blocks) } : part,
    ),
  }
}

/** The paragraph's first words, as the writer finds it in the text. */
export function opening(report: Report, place: Place): string {
  const block = blockAt(report, place)
  const text = block?.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : ''
  const words = [...text.trim()]
  return words.length > 12 ? `${words.slice(0, 12).join('')}……` : words.join('')
}
