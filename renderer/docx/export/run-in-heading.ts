// A paragraph that opens with its own heading — （二）落实依法行政制度。一是…… — as clerks write sub-headings
// inline. GB/T 9704 §7.3.3 sets the heading sentence in its level's face (黑体 / 楷体 / 仿宋) up to its 。 and
// the rest in the body face, and the number in its standard form: (一) typed with ASCII brackets becomes
// （一）. Counted with the headings (core/run-in-item.ts), the number is the item's position in its part.
import type { HeadingCounter } from '../../core/heading-number'
import type { HeadingLevel, Run } from '../../core/report'
import { canonicalNumber, countListedLine, runInItem, runInNumber } from '../../core/run-in-item'

// 一、 run into a paragraph: the import splits a part's heading off its text, so one left here is set as a heading
// sentence but never counted (counting it would renumber the parts after it).
const LEVEL_ONE = /^\s*([一二三四五六七八九十]+)[、，,．.]/u

export interface RunInHeading {
  readonly level: HeadingLevel
  /** The heading sentence, its number in standard form, up to and including the first 。 */
  readonly heading: readonly Run[]
  /** The body text after it (may be empty). */
  readonly rest: readonly Run[]
}

/** Splits runs at a character offset of their joined text. */
function splitRuns(runs: readonly Run[], at: number): [Run[], Run[]] {
  const before: Run[] = []
  const after: Run[] = []
  let offset = 0
  for (const run of runs) {
    const end = offset + run.text.length
    if (end <= at) before.push(run)
    else if (offset >= at) after.push(run)
    else {
      before.push({ ...run, text: run.text.slice(0, at - offset) })
      after.push({ ...run, text: run.text.slice(at - offset) })
    }
    offset = end
  }
  return [before, after]
}

function split(
  runs: readonly Run[],
  text: string,
  level: HeadingLevel,
  numberEnd: number,
  number: string,
): RunInHeading {
  const stop = text.indexOf('。', numberEnd)
  const [heading, rest] = splitRuns(runs, stop === -1 ? text.length : stop + 1)
  const [, headingText] = splitRuns(heading, numberEnd)
  return {
    level,
    heading: [{ text: number, bold: heading[0]?.bold }, ...headingText].filter((run) => run.text !== ''),
    rest: rest.filter((run) => run.text !== ''),
  }
}

/**
 * The heading a paragraph opens with, or null. With the counter of the report's headings, an item of levels 2–4
 * takes the next number of its level; without one (a list's line) it keeps its own value.
 */
export function runInHeading(runs: readonly Run[], counter?: HeadingCounter): RunInHeading | null {
  const text = runs.map((run) => run.text).join('')
  const item = runInItem(text)
  if (item !== null) {
    const number = counter === undefined ? canonicalNumber(item) : runInNumber(item, counter)
    return split(runs, text, item.level, item.end, number)
  }
  if (counter !== undefined) countListedLine(text, counter)
  const levelOne = LEVEL_ONE.exec(text)
  return levelOne === null ? null : split(runs, text, 1, levelOne[0].length, `${levelOne[1] ?? ''}、`)
}

/** A 1. or 1． opening (GB/T 9704's third level), not a decimal: what a reader takes for a 1. heading. */
const NUMBERED = /^\s*\d{1,2}[.．](?!\d)/u

/**
 * A paragraph that opens like a 1. heading but that `runInHeading` reads as a list's line (its lead names figures:
 * 1.全年办理复议案件5件；……): its number stays as typed and its text in the body's face, but a proofreader reads it
 * as a heading all the same, up to its first 。 (or whole, without one), and it keeps with its text as a heading
 * does (run-in-keep.ts). The split of the runs there, or null for any other paragraph.
 */
export function numberedLine(runs: readonly Run[]): RunInHeading | null {
  const text = runs.map((run) => run.text).join('')
  return NUMBERED.test(text) ? split(runs, text, 3, 0, '') : null
}
