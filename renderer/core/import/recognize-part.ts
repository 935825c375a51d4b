// Which template part a heading (or a sentence) is about, by meaning: weighted keyword signals
// from the template, not exact wording, so 存在问题短板及原因 and 问题和不足 both mean
// `shortcomings`. The best-scoring part above its threshold wins.
import { compileMatch, normalizeForMatch, type CompiledMatch } from '../term-matcher'
import type { Template } from '../template-schema'

export interface PartScore {
  readonly id: string
  readonly score: number
}

interface PartMatchers {
  readonly id: string
  readonly heading: CompiledMatch
  readonly content: CompiledMatch
}

// Compiling is cheap but not free; a check runs it for every heading and sentence.
const cache = new WeakMap<Template, Map<number | null, readonly PartMatchers[]>>()

function matchersFor(template: Template, year: number | null): readonly PartMatchers[] {
  let byYear = cache.get(template)
  if (byYear === undefined) {
    byYear = new Map()
    cache.set(template, byYear)
  }
  let matchers = byYear.get(year)
  if (matchers === undefined) {
    matchers = template.parts.map((part) => ({
      id: part.id,
      heading: compileMatch(part.headingMatch, year),
      content: compileMatch(part.contentMatch, year),
    }))
    byYear.set(year, matchers)
  }
  return matchers
}

function ranked(
  text: string,
  template: Template,
  year: number | null,
  kind: 'heading' | 'content',
): PartScore[] {
  const normalized = normalizeForMatch(text)
  return matchersFor(template, year)
    .map((matchers) => ({
      id: matchers.id,
      score: matchers[kind].score(normalized),
      min: matchers[kind].minScore,
    }))
    .filter((entry) => entry.score >= entry.min)
    .sort((a, b) => b.score - a.score)
    .map(({ id, score }) => ({ id, score }))
}

/** Parts whose heading signals the text meets, best first (ties keep template order). */
export function scoreHeading(text: string, template: Template, year: number | null): PartScore[] {
  return ranked(text, template, year, 'heading')
}

/** Parts whose content signals a sentence meets, best first. */
export function scoreContent(text: string, template: Template, year: number | null): PartScore[] {
  return ranked(text, template, year, 'content')
}

/**
 * Whether already-normalised text meets one part's content signals. The checker asks this of
 * every sentence for each part without a heading, so it skips the other parts and normalising.
 */
export function matchesContent(
  normalized: string,
  partId: string,
  template: Template,
  year: number | null,
): boolean {
  const matchers = matchersFor(template, year).find((candidate) => candidate.id === partId)
  return matchers !== undefined && matchers.content.score(normalized) >= matchers.content.minScore
}

/**
 * The part a heading introduces, or null. On a tie the part not yet seen wins: a report rarely
 * has two 存在问题 parts, so 工作思路和措施 after the measures is the plan, not more measures.
 */
export function recognizePart(
  heading: string,
  template: Template,
  year: number | null,
  seen: ReadonlySet<string> = new Set(),
): string | null {
  const scores = scoreHeading(heading, template, year)
  const best = scores[0]
  if (best === undefined) return null
  const fresh = scores.find((entry) => entry.score === best.score && !seen.has(entry.id))
  return (fresh ?? best).id
}
