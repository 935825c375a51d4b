// Required items (annual-report.md): covered when any of the item's terms occurs; "with figures"
// when a sentence that names the item also gives a number in one of the expected units, or says
// plainly that there were none (全年未发生行政复议案件 is an answer a reviewer accepts).
import type { SourceLine } from '../report'
import type { TemplateItem } from '../template-schema'
import { compileTerms, type TextTest } from '../term-matcher'
import type { CheckContext, Sentence } from './check-context'

export interface ItemStatus {
  readonly id: string
  readonly status: 'present' | 'missing'
  /** null when reviewers expect no figures for the item (监督, 第一责任人职责). */
  readonly figures: boolean | null
  /** First sentence naming the item. */
  readonly line: SourceLine
  readonly partId: string | null
}

type ItemInput = Pick<CheckContext, 'template' | 'year' | 'sentences'>

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const zeroStatement =
  /(未发生|没有发生|未收到|没有收到|未出现|无)[^，。；]{0,10}(案件|案|诉讼|复议|判决|裁判|裁定|建议)/

function figurePattern(item: TemplateItem): RegExp | null {
  const units = item.figures.flatMap((figure) => figure.units)
  if (units.length === 0) return null
  const all = units.includes('%') ? [...units, '％'] : units
  const alternatives = [...new Set(all)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')
  // 10余次, 29余条, 800余人次, 100%: arabic figures only (GB/T 15835 wants them for counts).
  return new RegExp(`\\d+(?:\\.\\d+)?(?:余|多)?(?:${alternatives})`)
}

interface ItemMatchers {
  readonly mentions: TextTest
  readonly figures: RegExp | null
}

const cache = new WeakMap<TemplateItem, Map<number | null, ItemMatchers>>()

function matchersFor(item: TemplateItem, year: number | null): ItemMatchers {
  let byYear = cache.get(item)
  if (byYear === undefined) {
    byYear = new Map()
    cache.set(item, byYear)
  }
  let matchers = byYear.get(year)
  if (matchers === undefined) {
    matchers = { mentions: compileTerms(item.terms, year), figures: figurePattern(item) }
    byYear.set(year, matchers)
  }
  return matchers
}

function statusOf(item: TemplateItem, input: ItemInput): ItemStatus {
  const { mentions, figures: pattern } = matchersFor(item, input.year)
  const naming: Sentence[] = input.sentences.filter((sentence) => mentions(sentence.text))
  const first = naming[0]
  if (first === undefined) return { id: item.id, status: 'missing', figures: null, line: null, partId: null }
  const figures =
    pattern === null
      ? null
      : naming.some((sentence) => pattern.test(sentence.text) || zeroStatement.test(sentence.text))
  return { id: item.id, status: 'present', figures, line: first.segment.line, partId: first.segment.partId }
}

export function itemStatuses(input: ItemInput): ItemStatus[] {
  return input.template.items.map((item) => statusOf(item, input))
}
