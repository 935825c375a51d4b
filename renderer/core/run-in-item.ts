// A body paragraph that opens with its own numbered heading — （二）落实依法行政制度。一是…… — as clerks write
// sub-items "run in". Such an item is one of the sequence of its level as much as a stand-alone heading is:
// （一） heading, （二） run in, （三） heading share one count (heading-number.ts), and the export writes the
// item's position number in place of the typed one, so a part never reads （一）（二）（一）.
import { type HeadingCounter, headingNumber } from './heading-number'
import { namesFigure, parseHeadingMarker } from './import/heading-level'
import { writtenNumberValue } from './written-number'

export type RunInLevel = 2 | 3 | 4

export interface RunInItem {
  readonly level: RunInLevel
  /** The number as written: (三), （三）、, 1、 */
  readonly written: string
  readonly value: number
  /** Where the number ends in the paragraph's text, with any indent before it and spaces after it. */
  readonly end: number
  /**
   * False for a number written in none of the four forms (六) （六 6)): it still takes its place in the count, so
   * one typo does not shift every later item, but stays as written — numbering-format asks the writer to fix it.
   */
  readonly standard: boolean
}

/** A 1. or （1） lead longer than this is a sentence, not a heading. */
const MAX_LEAD = 40
const LEAD = new RegExp(`^[^。：]{1,${String(MAX_LEAD)}}[。：]`, 'u')

const CN = '[一二三四五六七八九十]{1,3}'
const malformed: readonly { readonly level: RunInLevel; readonly pattern: RegExp }[] = [
  { level: 2, pattern: new RegExp(`^(${CN})[)）]`, 'u') },
  { level: 2, pattern: new RegExp(`^[（(](${CN})(?![）)一二三四五六七八九十])`, 'u') },
  { level: 4, pattern: /^(\d{1,2})[)）](?!\d)/u },
]

/**
 * A 1. or （1） opening reads as a heading when a short lead closes with 。 or ： and names no figure: 1.加强学习。
 * is an item; 1.全年办理复议案件5件； or 1.行政复议2件。 is a line of a list of figures and keeps its number.
 */
function leadsLikeHeading(text: string, from: number): boolean {
  const lead = LEAD.exec(text.slice(from, from + MAX_LEAD + 1))?.[0]
  if (lead === undefined) return false
  return !/[；;]/.test(lead) && !namesFigure(lead)
}

/** The run-in item a paragraph's text opens with (levels 2–4), or null. */
export function runInItem(text: string): RunInItem | null {
  const indent = /^\s*/u.exec(text)?.[0].length ?? 0
  const opening = text.slice(indent, indent + MAX_LEAD + 12)
  const marker = parseHeadingMarker(opening)
  if (marker !== null) {
    const value = writtenNumberValue(marker.marker)
    // 一、 run in is a part's own heading, which the import splits off; ① is a list's mark, not a heading number
    if (marker.level === 1 || value === null || /^[①-⑳]/u.test(marker.marker)) return null
    const end = indent + marker.numberLength
    if (marker.level !== 2 && !leadsLikeHeading(text, end)) return null
    return { level: marker.level, written: marker.marker, value, end, standard: true }
  }
  for (const { level, pattern } of malformed) {
    const match = pattern.exec(opening)
    const value = match === null ? null : writtenNumberValue(match[0])
    if (match !== null && value !== null)
      return { level, written: match[0], value, end: indent + match[0].length, standard: false }
  }
  return null
}

/** A line of a list numbered as typed: levels 3–4, not a run-in heading (its lead names figures). */
export interface ListedLine {
  readonly level: 3 | 4
  readonly value: number
}

/**
 * The numbered list line a paragraph's text is, or null. Asked only of a paragraph `runInItem` finds no item in
 * (every caller has just asked that), so the number found here leads no heading sentence.
 */
export function listedLine(text: string): ListedLine | null {
  const indent = /^\s*/u.exec(text)?.[0].length ?? 0
  const marker = parseHeadingMarker(text.slice(indent, indent + MAX_LEAD + 12))
  if (marker === null || (marker.level !== 3 && marker.level !== 4) || /^[①-⑳]/u.test(marker.marker))
    return null
  const value = writtenNumberValue(marker.marker)
  return value === null ? null : { level: marker.level, value }
}

/** Counts a paragraph that is a numbered list line (no run-in item) where it continues the count (HeadingCounter.listed). */
export function countListedLine(text: string, counter: HeadingCounter): void {
  const line = listedLine(text)
  if (line !== null) counter.listed(line.level, line.value)
}

/** The number the export writes for the item, taking its place in the count: its position, or as written. */
export function runInNumber(item: RunInItem, counter: HeadingCounter): string {
  const position = counter.next(item.level)
  return item.standard ? position : item.written
}

/** The number the item shows where nothing is counted (a list's line): its own value in the standard form. */
export function canonicalNumber(item: RunInItem): string {
  return item.standard ? headingNumber(item.level, item.value) : item.written
}
