// The one-click text correction of a segment's finding, built one way for every rule: it goes to the 标题 field
// when the segment is the title, to its block otherwise. A replacement that changes a character everyone writes
// (， for ,) names the characters beside it, so the editor finds that place; it changes only what differs
// (editor/text-fix.ts).
import type { Segment } from './check-context'
import type { ReplaceFix, TextFix, TextReplacement } from './finding'

export function replaceFix(
  segment: Segment,
  label: string,
  replacements: readonly TextReplacement[],
): ReplaceFix {
  return { kind: 'replace', label, target: segment.kind === 'title' ? 'title' : 'block', replacements }
}

/** `text[start, end)` becoming `replacement`, with one character of `text` either side. */
export function replacementInContext(
  text: string,
  start: number,
  end: number,
  replacement: string,
): TextReplacement {
  const before = text[start - 1] ?? ''
  const after = text[end] ?? ''
  return { find: before + text.slice(start, end) + after, replace: before + replacement + after }
}

/** How many places a fix corrects: its own and, for a finding standing for several, those of `elsewhere`. */
export function fixPlaceCount(fix: TextFix | undefined): number {
  if (fix === undefined) return 0
  return fix.kind === 'replace' ? 1 + (fix.elsewhere?.length ?? 0) : 1
}
