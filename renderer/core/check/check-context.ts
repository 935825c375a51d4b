// What every rule reads, computed once per check: the report's text as segments and sentences
// (normalised for matching, with their lines), and the part and item statuses.
import { HeadingCounter } from '../heading-number'
import { parseHeadingMarker } from '../import/heading-level'
import { decideReportYear, type ReportYearDecision } from '../import/report-year'
import { countListedLine, runInItem, runInNumber } from '../run-in-item'
import { blockText, type Block, type HeadingLevel, type Report, type SourceLine } from '../report'
import type { Template } from '../template-schema'
import { normalizeForMatch } from '../term-matcher'
import { tableRowsText } from './table-rows-text'
import { itemStatuses, type ItemStatus } from './item-status'
import { partStatuses, type PartStatus } from './part-status'
import { thematicSections } from './thematic-sections'

export interface Segment {
  /** Index into report.parts; null for the preamble and the title. */
  readonly partIndex: number | null
  readonly partId: string | null
  readonly kind: 'title' | 'part-heading' | 'heading' | 'text'
  readonly level: HeadingLevel | null
  /** As written. */
  readonly raw: string
  /** Normalised for matching (no spaces or markdown). */
  readonly text: string
  readonly line: SourceLine
  /** For headings: the number as written or derived (二、 （三）); for run-in leads: the marker. */
  readonly number: string | null
  /**
   * For a heading an imported source numbered, or a run-in item ((三)落实制度。……): the number as written and the
   * one the export gives it from its position (heading-number.ts, run-in-item.ts); null for anything else.
   */
  readonly numbering: Numbering | null
}

export interface Numbering {
  readonly written: string
  readonly position: string
}

export interface Sentence {
  readonly segment: Segment
  readonly text: string
}

export interface CheckContext {
  readonly report: Report
  readonly template: Template
  readonly year: number | null
  /** How the year was decided and which evidence disagrees with it (year-conflict, year-mismatch). */
  readonly yearDecision: ReportYearDecision
  readonly segments: readonly Segment[]
  readonly sentences: readonly Sentence[]
  /** Indices into report.parts of the unnamed themes that make the measures part (thematic-sections.ts). */
  readonly thematic: readonly number[]
  readonly parts: readonly PartStatus[]
  readonly items: readonly ItemStatus[]
  /** The local calendar day the check runs on (YYYY-MM-DD), or null when the caller gave none (CheckOptions). */
  readonly today: string | null
}

/**
 * What the caller knows that the report does not. The core reads no clock (it stays pure and its results
 * repeatable), so the app, the CLI and the review pass the day; a check without it skips the rules that
 * need it (date-in-future) and nothing else.
 */
export interface CheckOptions {
  /** YYYY-MM-DD, the local calendar day (local-date.ts). */
  readonly today?: string
}

function segmentsOf(report: Report): Segment[] {
  const segments: Segment[] = []
  const { title } = report.meta
  if (title !== null) {
    const line = report.meta.source?.lines.title ?? null
    segments.push({
      partIndex: null,
      partId: null,
      kind: 'title',
      level: null,
      raw: title,
      text: normalizeForMatch(title),
      line,
      number: null,
      numbering: null,
    })
  }
  // one count for the whole body, as the export numbers it: run-in items among the headings of their level
  const counter = new HeadingCounter()
  const addBlocks = (blocks: Report['preamble'], partIndex: number | null, partId: string | null): void => {
    for (const block of blocks) {
      const raw = blockText(block)
      if (block.kind === 'heading') {
        const number = counter.next(block.level)
        segments.push({
          partIndex,
          partId,
          kind: 'heading',
          level: block.level,
          raw,
          text: normalizeForMatch(raw),
          line: block.line,
          number,
          numbering:
            block.sourceNumber === undefined ? null : { written: block.sourceNumber, position: number },
        })
      } else {
        const marker = block.kind === 'paragraph' ? parseHeadingMarker(raw.trim()) : null
        const item = block.kind === 'paragraph' ? runInItem(raw) : null
        const position = item === null ? null : runInNumber(item, counter)
        if (block.kind === 'paragraph' && item === null) countListedLine(raw, counter)
        const read =
          block.kind === 'table' ? tableRowsText(block.rows, block.header) : raw.replace(/\n/g, '。')
        segments.push({
          partIndex,
          partId,
          kind: 'text',
          level: null,
          raw,
          text: normalizeForMatch(read),
          line: block.line,
          number: marker?.marker ?? null,
          numbering:
            item === null || position === null || !item.standard ? null : { written: item.written, position },
        })
      }
    }
  }
  addBlocks(report.preamble, null, null)
  report.parts.forEach((part, index) => {
    if (part.heading !== null) {
      const position = counter.next(1)
      segments.push({
        partIndex: index,
        partId: part.id,
        kind: 'part-heading',
        level: 1,
        raw: part.heading,
        text: normalizeForMatch(part.heading),
        line: part.line,
        number: null,
        numbering: part.sourceNumber === undefined ? null : { written: part.sourceNumber, position },
      })
    }
    addBlocks(part.blocks, index, part.id)
  })
  return segments
}

function sentencesOf(segments: readonly Segment[]): Sentence[] {
  const sentences: Sentence[] = []
  for (const segment of segments) {
    // Headings count too (an item named only in （五）行政复议 is covered); the title does not.
    if (segment.kind === 'title') continue
    for (const text of segment.text.split(/[。；！？]/)) {
      if (text.length > 0) sentences.push({ segment, text })
    }
  }
  return sentences
}

/**
 * The body as import saw it before splitting it into parts (part headings back in place), so the
 * year decided here is the one blocks-to-report stored.
 */
function bodyBlocksOf(report: Report): Block[] {
  return [
    ...report.preamble,
    ...report.parts.flatMap((part): Block[] =>
      part.heading === null
        ? [...part.blocks]
        : [{ kind: 'heading', level: 1, text: part.heading, line: part.line }, ...part.blocks],
    ),
  ]
}

export function buildCheckContext(
  report: Report,
  template: Template,
  options: CheckOptions = {},
): CheckContext {
  const today = options.today ?? null
  // a malformed day would compare as text against every date: a caller's bug, not the writer's
  if (today !== null && !/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new Error(`today is not YYYY-MM-DD: ${today}`)
  const yearDecision = decideReportYear(report.meta, bodyBlocksOf(report))
  const year = yearDecision.year
  const segments = segmentsOf(report)
  const sentences = sentencesOf(segments)
  const thematic = thematicSections(report, template)
  const base = { report, template, year, yearDecision, segments, sentences, thematic }
  return { ...base, parts: partStatuses(base), items: itemStatuses(base), today }
}
