// Last year's report as plain reference data (LastYearReference in report.ts): the text of each
// part for the side-by-side view and the plans of its next-year part for this year's checklist.
// What it keeps is capped (limits.ts) and every cut is said in `trimmed`: a copy of last year's whole text
// beside this year's draft would otherwise make the draft too large to save.
import { headingNumber } from '../heading-number'
import { describeCount, limits } from '../limits'
import {
  blockText,
  type Block,
  type LastYearPart,
  type LastYearPlan,
  type LastYearReference,
  type Report,
} from '../report'
import { lastYearPlans } from './last-year-plans'

export const NEXT_YEAR_PART = 'next-year'

/** Paragraphs one per line, sub-headings with their numbers as a reader saw them. */
function plainText(blocks: readonly Block[]): string {
  const counts = [0, 0, 0, 0, 0]
  return blocks
    .map((block) => {
      if (block.kind !== 'heading') return blockText(block)
      const count = (counts[block.level] ?? 0) + 1
      counts[block.level] = count
      for (let deeper = block.level + 1; deeper < counts.length; deeper += 1) counts[deeper] = 0
      return `${headingNumber(block.level, count)}${block.text}`
    })
    .join('\n')
}

/** The first `length` characters, without leaving half of a surrogate pair at the end. */
export function cut(text: string, length: number): string {
  if (text.length <= length) return text
  const last = text.charCodeAt(length - 1)
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length)
}

/**
 * Last year's report as reference data, keeping at most `budget` characters of its text (parts and plans
 * together) and at most limits.maxTextChars of any one part; rollover passes what room the draft leaves.
 */
export function lastYearReference(
  report: Report,
  budget: number = limits.maxLastYearChars,
): LastYearReference {
  const trimmed: string[] = []
  let room = Math.max(0, Math.min(budget, limits.maxLastYearChars))
  let full = false
  const keep = (text: string, heading: string): string => {
    const name = heading.length > 30 ? `${cut(heading, 30)}…` : heading
    let kept = text
    if (kept.length > limits.maxTextChars) {
      kept = cut(kept, limits.maxTextChars)
      trimmed.push(
        `去年“${name}”共 ${describeCount(text.length)} 字，超过一段 ${describeCount(limits.maxTextChars)} 字的上限，对照中只保留前 ${describeCount(kept.length)} 字。`,
      )
    }
    if (kept.length > room) {
      kept = cut(kept, room)
      // said once: every part after the first cut is cut too
      if (!full)
        trimmed.push(
          `去年的报告过长，对照中从“${name}”起只保留了部分内容（共 ${describeCount(Math.max(0, Math.min(budget, limits.maxLastYearChars)))} 字以内），以免今年的报告过大无法保存。`,
        )
      full = true
    }
    room -= kept.length
    return kept
  }

  const parts: LastYearPart[] = []
  const sources = [
    ...(report.preamble.length > 0 ? [{ id: null, heading: null, blocks: report.preamble }] : []),
    ...report.parts,
  ]
  for (const [index, part] of sources.entries()) {
    if (index > limits.maxParts) {
      trimmed.push(`去年的报告超过 ${describeCount(limits.maxParts)} 个部分，之后的部分未保留。`)
      break
    }
    const heading = part.heading === null ? null : cut(part.heading, limits.maxMetaChars)
    parts.push({ id: part.id, heading, text: keep(plainText(part.blocks), heading ?? '导语') })
  }

  const nextYear = report.parts.find((part) => part.id === NEXT_YEAR_PART)
  const allPlans = nextYear === undefined ? [] : lastYearPlans(nextYear.blocks)
  if (allPlans.length > limits.maxPlans)
    trimmed.push(
      `去年的计划有 ${describeCount(allPlans.length)} 项，清单只列出前 ${describeCount(limits.maxPlans)} 项。`,
    )
  const plans: LastYearPlan[] = allPlans.slice(0, limits.maxPlans).map((plan) => ({
    text: cut(plan.text, limits.maxMetaChars),
    detail: keep(plan.detail, plan.text),
  }))

  return {
    reportYear: report.meta.reportYear,
    title: report.meta.title === null ? null : cut(report.meta.title, limits.maxMetaChars),
    plans,
    parts,
    // a sentence per cut part would be a wall of text; the first few say what happened
    ...(trimmed.length > 0 ? { trimmed: trimmed.slice(0, 10) } : {}),
  }
}

/** Last year's text of one part of this year's report, for the compare view; null when last year had no such part. */
export function lastYearPartText(report: Report, partId: string | null): LastYearPart | null {
  return report.meta.lastYear?.parts.find((part) => part.id === partId) ?? null
}
