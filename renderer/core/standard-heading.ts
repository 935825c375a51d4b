// A template part's standard heading with the year filled in and the number it takes in the
// standard order (一、 for top-level parts, （X） for sub-sections), for messages and new drafts.
import { headingNumber } from './heading-number'
import type { Template, TemplatePart } from './template-schema'

export function standardHeading(part: TemplatePart, year: number | null): string {
  return withYears(part.heading, year)
}

/** A template's text with {year} and {nextYear} filled in for the report's year (×××× while it has none). */
export function withYears(text: string, year: number | null): string {
  const fill = (offset: number): string => (year === null ? '××××' : String(year + offset))
  return text.replaceAll('{year}', fill(0)).replaceAll('{nextYear}', fill(1))
}

/** 三、2023年党政主要负责人…… or （X）履行法院生效裁判情况 for a sub-section. */
export function numberedStandardHeading(part: TemplatePart, template: Template, year: number | null): string {
  if (part.placement === 'sub') return `（X）${standardHeading(part, year)}`
  const topParts = template.parts.filter((candidate) => candidate.placement !== 'sub')
  const index = topParts.findIndex((candidate) => candidate.id === part.id)
  return `${headingNumber(1, Math.max(index, 0) + 1)}${standardHeading(part, year)}`
}
