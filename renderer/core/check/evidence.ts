// What a finding quotes of the text it is about: up to 30 characters around the place, as written, so
// that a reviewer reading the list (or the CLI's JSON) sees the words without opening the report.

export const EVIDENCE_LENGTH = 30

/**
 * Up to 30 characters of `text` around `[start, end)`: the place itself first, then as much of what
 * surrounds it as fits, more after than before (a sentence reads forward). Whitespace runs become one space.
 */
export function quoteEvidence(text: string, start = 0, end = start): string {
  const chars = Array.from(text.slice(0, start)).length
  const all = Array.from(text)
  const length = Math.max(0, Array.from(text.slice(start, end)).length)
  if (length >= EVIDENCE_LENGTH) return tidy(all.slice(chars, chars + EVIDENCE_LENGTH).join(''))
  const spare = EVIDENCE_LENGTH - length
  let from = Math.max(0, chars - Math.floor(spare / 3))
  const to = Math.min(all.length, from + EVIDENCE_LENGTH)
  from = Math.max(0, to - EVIDENCE_LENGTH)
  return tidy(all.slice(from, to).join(''))
}

function tidy(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim()
}
