// A paragraph that opens with its own heading — （二）落实依法行政制度。一是…… — as clerks write sub-headings
// inline. GB/T 9704 §7.3.3 sets the heading sentence in its level's face (黑体 / 楷体 / 仿宋) up to its 。 and the
// rest in the body face, and the number in full-width brackets: (一) typed with ASCII brackets becomes （一）.
import type { HeadingLevel, Run } from '../../core/report'

const CN = '[一二三四五六七八九十]+'
const NUMBERS: readonly { level: HeadingLevel; pattern: RegExp; canonical: (n: string) => string }[] = [
  { level: 1, pattern: new RegExp(`^\\s*(${CN})[、，,．.]`, 'u'), canonical: (n) => `${n}、` },
  { level: 2, pattern: new RegExp(`^\\s*[（(]\\s*(${CN})\\s*[）)]`, 'u'), canonical: (n) => `（${n}）` },
  { level: 3, pattern: /^\s*(\d{1,2})[.．](?!\d)/u, canonical: (n) => `${n}.` },
  { level: 4, pattern: /^\s*[（(]\s*(\d{1,2})\s*[）)]/u, canonical: (n) => `（${n}）` },
]

export interface RunInHeading {
  readonly level: HeadingLevel
  /** The heading sentence, its number in canonical form, up to and including the first 。 */
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

export function runInHeading(runs: readonly Run[]): RunInHeading | null {
  const text = runs.map((run) => run.text).join('')
  for (const { level, pattern, canonical } of NUMBERS) {
    const match = pattern.exec(text)
    if (match === null) continue
    const stop = text.indexOf('。', match[0].length)
    const [heading, rest] = splitRuns(runs, stop === -1 ? text.length : stop + 1)
    const [, headingText] = splitRuns(heading, match[0].length)
    return {
      level,
      heading: [{ text: canonical(match[1] ?? ''), bold: heading[0]?.bold }, ...headingText].filter(
        (run) => run.text !== '',
      ),
      rest: rest.filter((run) => run.text !== ''),
    }
  }
  return null
}
