// Required items (annual-report.md): covered when a sentence where the report tells what was done (item-scope.ts)
// uses one of the phrasings the template accepts for the item, read without the titles in 《》 and the phrases
// the template excludes (信访办 is an office, 重大决策部署 a stock phrase). "With figures" when the paragraph of
// such a sentence gives a number in one of the expected units, or says plainly that there were none
// (全年未发生行政复议案件 is an answer a reviewer accepts).
import type { SourceLine } from '../report'
import type { Template, TemplateItem } from '../template-schema'
import { compileTerms, escapeRegExp, type TextTest } from '../term-matcher'
import type { CheckContext, Sentence } from './check-context'
import { itemScope, type ItemScope } from './item-scope'

export interface ItemStatus {
  readonly id: string
  readonly status: 'present' | 'missing'
  /** null when reviewers expect no figures for the item (监督, 第一责任人职责). */
  readonly figures: boolean | null
  /** First sentence naming the item. */
  readonly line: SourceLine
  readonly partId: string | null
}

type ItemInput = Pick<CheckContext, 'report' | 'template' | 'year' | 'segments' | 'sentences'>

const zeroStatement =
  /(未发生|没有发生|未收到|没有收到|未出现|无)[^，。；]{0,10}(案件|案|诉讼|复议|判决|裁判|裁定|建议)/

// 学习《中华人民共和国行政处罚法》 is study, not enforcement: a title names a law, not work done.
const BOOK_TITLE = /《[^《》]*》/g

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
  readonly excluded: RegExp | null
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
    const excluded =
      item.exclude.length === 0
        ? null
        : new RegExp(
            [...item.exclude]
              .sort((a, b) => b.length - a.length)
              .map(escapeRegExp)
              .join('|'),
            'g',
          )
    matchers = { mentions: compileTerms(item.terms, year), excluded, figures: figurePattern(item) }
    byYear.set(year, matchers)
  }
  return matchers
}

/** The text as the terms read it: titles emptied (《》 stays, so 》宣传 still reads). */
function untitled(text: string): string {
  return text.includes('《') ? text.replace(BOOK_TITLE, '《》') : text
}

/** Which items a sentence names, each sentence read once however many items and paragraphs ask. */
function itemsNamedIn(template: Template, year: number | null): (text: string) => readonly TemplateItem[] {
  const named = new Map<string, readonly TemplateItem[]>()
  return (text) => {
    let items = named.get(text)
    if (items === undefined) {
      const readable = untitled(text)
      items = template.items.filter((item) => {
        const { mentions, excluded } = matchersFor(item, year)
        // blanking out can only take a match away, so only a sentence that matches is blanked and read again
        if (!mentions(readable)) return false
        return excluded === null || mentions(readable.replace(excluded, '□'))
      })
      named.set(text, items)
    }
    return items
  }
}

type NamedIn = ReturnType<typeof itemsNamedIn>

/**
 * A figure counts where the paragraph gives it in a sentence about this item, or in one about no other
 * (（五）行政复议 then 全年办理3件): 行政诉讼案件1件 beside 扎实做好行政复议工作 is not a 复议 figure.
 */
function hasFigures(
  item: TemplateItem,
  pattern: RegExp,
  paragraph: readonly string[],
  namedIn: NamedIn,
): boolean {
  return paragraph.some((sentence) => {
    if (!pattern.test(sentence) && !zeroStatement.test(sentence)) return false
    const named = namedIn(sentence)
    return named.length === 0 || named.includes(item)
  })
}

function statusOf(
  item: TemplateItem,
  counting: readonly Sentence[],
  scope: ItemScope,
  namedIn: NamedIn,
  year: number | null,
): ItemStatus {
  const pattern = matchersFor(item, year).figures
  const naming = counting.filter((sentence) => namedIn(sentence.text).includes(item))
  const first = naming[0]
  if (first === undefined) return { id: item.id, status: 'missing', figures: null, line: null, partId: null }
  // Sentences of one paragraph share it: each paragraph is read for figures once, not once per sentence.
  const read = new Set<readonly string[]>()
  const figures =
    pattern === null
      ? null
      : naming.some((sentence) => {
          const paragraph = scope.paragraphOf(sentence.segment)
          if (read.has(paragraph)) return false
          read.add(paragraph)
          return hasFigures(item, pattern, paragraph, namedIn)
        })
  return { id: item.id, status: 'present', figures, line: first.segment.line, partId: first.segment.partId }
}

export function itemStatuses(input: ItemInput): ItemStatus[] {
  const scope = itemScope(input)
  const counting = input.sentences.filter(scope.counts)
  const namedIn = itemsNamedIn(input.template, input.year)
  return input.template.items.map((item) => statusOf(item, counting, scope, namedIn, input.year))
}
