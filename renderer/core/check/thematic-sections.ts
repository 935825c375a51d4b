// Many reports have no 主要举措和成效 heading: they run 一、深入学习贯彻…… 二、坚持依法决策…… 三、……, each a
// theme of measures, and end with 不足 and 下一步. The run of top-level sections no part claims, before the
// first part that is not about work done, is the thematic part (template: `thematic`), present, not missing.
// Where the part has its heading, the unclaimed sections right after it carry on its themes (一、主要举措 then
// 一、强化领导责任 numbered as if it were a part of its own).
import type { Report } from '../report'
import type { Template } from '../template-schema'

/** Indices into report.parts of the unnamed sections that belong to the thematic part. */
export function thematicSections(report: Report, template: Template): readonly number[] {
  const thematic = template.parts.find((part) => part.thematic)
  if (thematic === undefined) return []
  const unclaimed = (index: number): boolean => {
    const part = report.parts[index]
    return part !== undefined && part.id === null && part.heading !== null
  }
  const own = report.parts.findIndex((part) => part.id === thematic.id)
  if (own !== -1) {
    const following: number[] = []
    for (let index = own + 1; unclaimed(index); index += 1) following.push(index)
    return following
  }
  const notDone = new Set(template.parts.filter((part) => !part.doneWork).map((part) => part.id))
  const end = report.parts.findIndex((part) => part.id !== null && notDone.has(part.id))
  return report.parts.flatMap((_part, index) =>
    unclaimed(index) && (end === -1 || index < end) ? [index] : [],
  )
}
