// Status of each template part (cli.md): present = a heading of its own (top level, or any level
// for parts placed `any`/`sub`); merged = no heading of its own but the content is clearly
// inside another part (a sub-heading there, or sentences that say it); missing otherwise.
import { headingNumber } from '../heading-number'
import { matchesContent, scoreHeading } from '../import/recognize-part'
import { partHasText } from './part-gap'
import type { SourceLine } from '../report'
import type { TemplatePart } from '../template-schema'
import type { CheckContext, Segment } from './check-context'

export type PartState = 'present' | 'merged' | 'missing'

export interface PartStatus {
  readonly id: string
  readonly status: PartState
  /** The heading as it reads in the report, number included (一、…); null unless present. */
  readonly heading: string | null
  /** Where the heading (present) or the merged content starts. */
  readonly line: SourceLine
  /** For merged: index into report.parts of the part holding the content (null = preamble). */
  readonly hostPart: number | null
  /**
   * A heading with nothing written under it (a new report's parts, a part just added): it is there but not done,
   * so the summary does not count it and the outline does not tick it.
   */
  readonly empty: boolean
}

type StatusInput = Pick<CheckContext, 'report' | 'template' | 'year' | 'segments' | 'sentences' | 'thematic'>

/** A sub-heading, or the lead sentence of a paragraph numbered like one (（五）履行……情况。正文). */
function subHeadingText(segment: Segment): string | null {
  if (segment.kind === 'heading') return segment.raw
  if (segment.kind === 'text' && segment.number !== null) {
    const lead = /^[^。：:]{2,60}/.exec(segment.raw.trim().slice(segment.number.length).trim())
    return lead === null ? null : lead[0]
  }
  return null
}

/** Whether nothing but headings follows the sub-heading before the next heading of its level or above. */
function isEmptySection(heading: Segment, segments: readonly Segment[]): boolean {
  const after = segments.slice(segments.indexOf(heading) + 1)
  const end = after.findIndex(
    (segment) =>
      segment.kind === 'part-heading' ||
      segment.kind === 'title' ||
      (segment.kind === 'heading' && (segment.level ?? 0) <= (heading.level ?? 0)),
  )
  const section = end === -1 ? after : after.slice(0, end)
  return !section.some((segment) => segment.kind === 'text' && segment.text.trim() !== '')
}

function isBestHeadingMatch(text: string, part: TemplatePart, input: StatusInput): boolean {
  return scoreHeading(text, input.template, input.year)[0]?.id === part.id
}

/** For each part of the report, the template parts its heading names (scoreHeading), read once for all statuses. */
type HeadingNames = readonly (readonly string[])[]

function statusOf(part: TemplatePart, input: StatusInput, headingNames: HeadingNames): PartStatus {
  const { report } = input
  const ownIndex = report.parts.findIndex((candidate) => candidate.id === part.id)
  const own = report.parts[ownIndex]
  if (own !== undefined) {
    const heading = own.heading === null ? null : `${headingNumber(1, ownIndex + 1)}${own.heading}`
    return {
      id: part.id,
      status: 'present',
      heading,
      line: own.line,
      hostPart: null,
      empty: !partHasText(own),
    }
  }
  const firstTheme = part.thematic ? input.thematic[0] : undefined
  const theme = firstTheme === undefined ? undefined : report.parts[firstTheme]
  if (firstTheme !== undefined && theme !== undefined && theme.heading !== null) {
    const heading = `${headingNumber(1, firstTheme + 1)}${theme.heading}`
    return { id: part.id, status: 'present', heading, line: theme.line, hostPart: null, empty: false }
  }

  // 二、存在的问题及下一步打算: one heading names two parts; the one it names best took it, this one is inside it
  const host = headingNames.findIndex((names) => names.includes(part.id))
  const hostPart = report.parts[host]
  if (hostPart !== undefined)
    return { id: part.id, status: 'merged', heading: null, line: hostPart.line, hostPart: host, empty: false }

  const subHeading = input.segments.find((segment) => {
    const text = subHeadingText(segment)
    return text !== null && isBestHeadingMatch(text, part, input)
  })
  if (subHeading !== undefined) {
    if (part.placement !== 'top') {
      const heading = `${subHeading.number ?? ''}${subHeadingText(subHeading) ?? ''}`
      return {
        id: part.id,
        status: 'present',
        heading,
        line: subHeading.line,
        hostPart: subHeading.partIndex,
        // a run-in lead (（五）履行……情况。正文) carries its text on its own line
        empty: subHeading.kind === 'heading' && isEmptySection(subHeading, input.segments),
      }
    }
    return {
      id: part.id,
      status: 'merged',
      heading: null,
      line: subHeading.line,
      hostPart: subHeading.partIndex,
      empty: false,
    }
  }

  const evidence = input.sentences.find((sentence) =>
    matchesContent(sentence.text, part.id, input.template, input.year),
  )
  if (evidence !== undefined) {
    return {
      id: part.id,
      status: 'merged',
      heading: null,
      line: evidence.segment.line,
      hostPart: evidence.segment.partIndex,
      empty: false,
    }
  }
  return { id: part.id, status: 'missing', heading: null, line: null, hostPart: null, empty: false }
}

export function partStatuses(input: StatusInput): PartStatus[] {
  const headingNames = input.report.parts.map((part) =>
    part.heading === null
      ? []
      : scoreHeading(part.heading, input.template, input.year).map((score) => score.id),
  )
  return input.template.parts.map((part) => statusOf(part, input, headingNames))
}
