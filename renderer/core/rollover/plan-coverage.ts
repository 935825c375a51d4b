// Last year's plans → this year's checklist ("去年计划：… — 今年落实情况写了吗？"). A plan is
// covered when a sentence of this year's text outside the next-year part speaks to it (planTerms,
// matched like the required items). Sentences still as last year wrote them do not count: the
// draft starts as last year's text, and that says what was done last year, not this year.
import { parseHeadingMarker } from '../import/heading-level'
import { blockText, type Block, type LastYearPlan, type Report, type SourceLine } from '../report'
import type { Template } from '../template-schema'
import { compileTerms, normalizeForMatch } from '../term-matcher'
import { NEXT_YEAR_PART } from './last-year-reference'
import { planTerms } from './plan-terms'

export interface PlanCoverage {
  readonly plan: LastYearPlan
  readonly covered: boolean
  /** Line (editor block position) of the first sentence that covers it; null when not covered. */
  readonly line: SourceLine
  /** The part holding that sentence. */
  readonly partId: string | null
}

interface Sentence {
  readonly text: string
  readonly line: SourceLine
  readonly partId: string | null
}

/** Sentences of one line, compared without its heading number (last year's text shows sub-headings numbered). */
function lineSentences(line: string): string[] {
  const unnumbered = parseHeadingMarker(line.trim())?.text ?? line
  return normalizeForMatch(unnumbered)
    .split(/[。；！？]/)
    .filter((text) => text.length > 0)
}

function sentences(blocks: readonly Block[], partId: string | null): Sentence[] {
  return blocks.flatMap((block) =>
    blockText(block)
      .split('\n')
      .flatMap(lineSentences)
      .map((text) => ({ text, line: block.line, partId })),
  )
}

function lastYearSentences(report: Report): Set<string> {
  const parts = report.meta.lastYear?.parts ?? []
  return new Set(parts.flatMap((part) => part.text.split('\n').flatMap(lineSentences)))
}

/** One entry per plan of last year, in last year's order; empty when the report was not rolled over. */
export function planCoverage(report: Report, template: Template): PlanCoverage[] {
  const plans = report.meta.lastYear?.plans ?? []
  if (plans.length === 0) return []
  const old = lastYearSentences(report)
  const fresh = [
    ...sentences(report.preamble, null),
    ...report.parts
      .filter((part) => part.id !== NEXT_YEAR_PART)
      .flatMap((part) => sentences(part.blocks, part.id)),
  ].filter((sentence) => !old.has(sentence.text))
  return plans.map((plan) => {
    const test = compileTerms(planTerms(plan.text, template, report.meta.reportYear), report.meta.reportYear)
    const hit = fresh.find((sentence) => test(sentence.text))
    return hit === undefined
      ? { plan, covered: false, line: null, partId: null }
      : { plan, covered: true, line: hit.line, partId: hit.partId }
  })
}
