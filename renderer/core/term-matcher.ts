// Compiles template terms and signals (template-schema.ts) into fast tests over normalised text.
// Shared by part recognition (headings, merged content) and the required-item checks.
import { toSimplified } from './simplified-chinese'
import type { TemplateMatch } from './template-schema'

export type TextTest = (text: string) => boolean

/**
 * Spaces ("2023 年"), markdown stars and full-width spaces carry no meaning for matching, and traditional
 * characters (行政複議) are matched as the simplified the template's terms are written in.
 */
export function normalizeForMatch(text: string): string {
  return toSimplified(text.replace(/[\s\u3000*#_]+/g, ''))
}

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// "存在…不足": the pieces in order within one clause, at most 12 characters apart.
const GAP = '[^。；！？\\n]{0,12}'

/** The term as a regular-expression source; null when it needs the report year and it is unknown. */
function termSource(term: string, year: number | null): string | null {
  let filled = term
  if (/\{(?:year|nextYear)\}/.test(term)) {
    if (year === null) return null
    filled = term.replaceAll('{year}', String(year)).replaceAll('{nextYear}', String(year + 1))
  }
  return filled
    .split('…')
    .filter((piece) => piece.length > 0)
    .map(escapeRegExp)
    .join(GAP)
}

// What may stand before a sentence's first words: its number (（一） 1. 一、) or 一是.
const SENTENCE_LEAD = '^(?:[（(]?[一二三四五六七八九十\\d]{1,3}[）)、.．]|[一二三四五六七八九十]是)?'

/**
 * True when any of the terms occurs (at the start of the text only, with `atStart`). One alternation instead
 * of a loop of includes(): a check tests every item against every sentence, and this keeps a 30,000-character
 * report under 5 ms.
 */
export function compileTerms(terms: readonly string[], year: number | null, atStart = false): TextTest {
  const sources = terms
    .map((term) => termSource(term, year))
    .filter((source): source is string => source !== null)
  if (sources.length === 0) return () => false
  const pattern = new RegExp(atStart ? `${SENTENCE_LEAD}(?:${sources.join('|')})` : sources.join('|'))
  return (text) => pattern.test(text)
}

export interface CompiledMatch {
  /** Sum of the weights of the signals the (normalised) text hits. */
  readonly score: (text: string) => number
  readonly minScore: number
}

export function compileMatch(match: TemplateMatch, year: number | null): CompiledMatch {
  const signals = match.signals.map((signal) => ({
    test: compileTerms(signal.terms, year, signal.atStart),
    weight: signal.weight,
  }))
  return {
    score: (text) => signals.reduce((sum, signal) => (signal.test(text) ? sum + signal.weight : sum), 0),
    minScore: match.minScore,
  }
}
