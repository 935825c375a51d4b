// The same kind of writing mistake in many paragraphs is one finding, not one per paragraph: a report pasted from
// a web page has half-width commas in forty paragraphs, and forty identical lines bury the findings that matter.
// A rule collects the places of each kind (a Map keeps them in reading order) and makes one finding per kind: how
// many places (共N处), the first few (第3、7、12行等), `line` and `evidence` of the first, and one fix for them all.
import type { Segment } from './check-context'
import type { BlockReplacements, Finding, ReplaceFix, Severity } from './finding'

/** One place of a mistake: the paragraph (or 标题) it is in, its quote, and its correction when there is one. */
export interface Place {
  readonly segment: Segment
  readonly evidence: string
  readonly fix?: ReplaceFix
}

/** How many places a message names; the rest are counted only. */
const NAMED_PLACES = 5

/** Adds a place under its kind, keeping the kinds in the order they were first met. */
export function addPlace<K>(places: Map<K, Place[]>, kind: K, place: Place): void {
  const list = places.get(kind)
  if (list === undefined) places.set(kind, [place])
  else list.push(place)
}

/** The first places in words: 标题，第3、7、12行等. */
export function placesText(places: readonly Place[]): string {
  const named = places.slice(0, NAMED_PLACES)
  const title = named.some(({ segment }) => segment.kind === 'title') ? ['标题'] : []
  const lines = named.flatMap(({ segment }) =>
    segment.kind === 'title' || segment.line === null ? [] : [String(segment.line)],
  )
  const lineText = lines.length > 0 ? [`第${[...new Set(lines)].join('、')}行`] : []
  return `${[...title, ...lineText].join('，')}${places.length > NAMED_PLACES ? '等' : ''}`
}

/**
 * One fix making every place's correction: the first place's as its own (the 标题 comes first of all segments, so
 * it can only be the own place), the others' in `elsewhere`. Places without a correction are left out.
 */
function mergedFix(places: readonly Place[]): ReplaceFix | undefined {
  const [first, ...rest] = places.flatMap(({ fix, segment }) =>
    fix === undefined ? [] : [{ fix, line: segment.line }],
  )
  if (first === undefined) return undefined
  const elsewhere = rest.flatMap(({ fix, line }): BlockReplacements[] =>
    fix.target === 'block' && line !== null ? [{ line, replacements: fix.replacements }] : [],
  )
  if (elsewhere.length === 0) return first.fix
  return { ...first.fix, label: `${first.fix.label}（共${String(elsewhere.length + 1)}处）`, elsewhere }
}

export interface RepeatedFindingInput {
  readonly rule: string
  readonly severity: Severity
  readonly places: readonly Place[]
  /** The message for one place, or for several (with their count and placesText). */
  readonly message: (count: number, where: string) => string
}

/** The one finding for all places of a kind; its part is theirs when they share it, else null (全文). */
export function repeatedFinding({ rule, severity, places, message }: RepeatedFindingInput): Finding {
  const [first] = places
  if (first === undefined) throw new Error('repeatedFinding needs at least one place')
  const parts = new Set(places.map(({ segment }) => segment.partId))
  const fix = mergedFix(places)
  return {
    rule,
    severity,
    message: message(places.length, placesText(places)),
    part: parts.size === 1 ? first.segment.partId : null,
    line: first.segment.line,
    evidence: first.evidence,
    ...(fix === undefined ? {} : { fix }),
  }
}

/** One finding per kind, in the order the kinds were first met. */
export function repeatedFindings<K>(
  places: ReadonlyMap<K, readonly Place[]>,
  finding: (kind: K, places: readonly Place[]) => Finding,
): Finding[] {
  return [...places].map(([kind, list]) => finding(kind, list))
}
