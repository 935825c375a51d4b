// Where an item may be shown done, and how much text around a mention its figures may come from. A reviewer
// ticks an item off only where the report tells what was done: not in the 不足, not in next year's plans
// (template parts with `doneWork: false`), unless that heading also announces the work (工作开展情况及存在问题).
import { matchesContent } from '../import/recognize-part'
import { compileTerms, normalizeForMatch } from '../term-matcher'
import type { CheckContext, Segment, Sentence } from './check-context'

type ScopeInput = Pick<CheckContext, 'report' | 'template' | 'year' | 'segments'>

export interface ItemScope {
  /** Whether the sentence may show an item done. */
  readonly counts: (sentence: Sentence) => boolean
  /**
   * The sentences of the paragraph a mention stands in, or of what a heading or a lead ending in “：”
   * introduces: where the item's figures may stand.
   */
  readonly paragraphOf: (segment: Segment) => readonly string[]
}

// A number with a unit (20场, 100%), not a date (2024年, 3月).
const FIGURE = /\d(?:\.\d+)?(?:余|多)?[^\d年月日.\s]/

function doneParts(input: ScopeInput): ReadonlySet<number> {
  const { template, year } = input
  const notDone = new Set(template.parts.filter((part) => !part.doneWork).map((part) => part.id))
  const announcesWork = compileTerms(
    template.parts.flatMap((part) => part.workDoneCues),
    year,
  )
  const done = new Set<number>()
  input.report.parts.forEach((part, index) => {
    if (part.id === null || !notDone.has(part.id) || announcesWork(normalizeForMatch(part.heading ?? ''))) {
      done.add(index)
    }
  })
  return done
}

export function itemScope(input: ScopeInput): ItemScope {
  const { template, year, segments } = input
  const done = doneParts(input)
  const notDoneIds = template.parts.filter((part) => !part.doneWork).map((part) => part.id)
  const position = new Map(segments.map((segment, index) => [segment, index]))
  const paragraphs = new Map<Segment, readonly string[]>()

  const counts = (sentence: Sentence): boolean => {
    const { partIndex } = sentence.segment
    if (partIndex !== null && !done.has(partIndex)) return false
    // 下一步，将加强监督 inside a theme is a plan, not work done; a sentence with a figure reports work.
    if (FIGURE.test(sentence.text)) return true
    return !notDoneIds.some((id) => matchesContent(sentence.text, id, template, year))
  }

  const paragraphOf = (segment: Segment): readonly string[] => {
    const cached = paragraphs.get(segment)
    if (cached !== undefined) return cached
    const start = position.get(segment) ?? 0
    const introduces =
      segment.kind === 'heading' || segment.kind === 'part-heading' || /[：:]$/.test(segment.raw.trim())
    const texts = [segment.text]
    if (introduces) {
      const level = segment.kind === 'text' ? 5 : (segment.level ?? 1)
      for (let index = start + 1; index < segments.length; index += 1) {
        const next = segments[index]
        if (next === undefined || next.kind === 'part-heading' || next.kind === 'title') break
        if (next.kind === 'heading' && (next.level ?? 1) <= level) break
        texts.push(next.text)
      }
    }
    const sentences = texts.flatMap((text) => text.split(/[。；！？]/)).filter((text) => text.length > 0)
    paragraphs.set(segment, sentences)
    return sentences
  }

  return { counts, paragraphOf }
}
