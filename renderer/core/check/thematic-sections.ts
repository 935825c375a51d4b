// Many reports have no 主要举措和成效 heading: they run 一、深入学习贯彻…… 二、坚持依法决策…… 三、……, each a
// theme of measures, and end with 不足 and 下一步. The run of top-level sections no part claims, before the
// first part that is not about work done, is the thematic part (template: `thematic`), present, not missing.
import type { Report } from '../report'
import type { Template } from '../template-schema'

/** Indices into report.parts of the sections that together make the thematic part; empty when it has its own heading. */
export function thematicSections(report: Report, template: Template): readonly number[] {
  const thematic = template.parts.find((part) => part.thematic)
  if (thematic === undefined || report.parts.some((part) => part.id === thematic.id)) return []
  const notDone = new Set(template.parts.filter((part) => !part.doneWork).map((part) => part.id))
  const end = report.parts.findIndex((part) => part.id !== null && notDone.has(part.id))
  const indices: number[] = []
  report.parts.forEach((part, index) => {
    if (part.id === null && part.heading !== null && (end === -1 || index < end)) indices.push(index)
  })
  return indices
}
