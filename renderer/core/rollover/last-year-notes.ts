// Last year's plans and text (meta.lastYear, set by rollover) as notes a word processor keeps beside the draft: the
// .docx working draft writes each as a Word comment (docx/export/last-year-comments.ts) and the import reads them
// back (docx/import/last-year-from-comments.ts). A note is its paragraphs as plain text, opened by a label the
// clerk can read and the import can find again:
//   去年（2023年）计划：持续推进执法队伍专业队伍建设 / the plan as last year wrote it / what to do about it
//   去年（2023年）“存在的不足和原因”原文： / last year's text of the part, a paragraph per line
//   去年（2023年）导语原文： / last year's opening paragraphs
// Only the labels are read: a comment a reviewer or the clerk writes is none of these and is left alone. A note the
// clerk deletes in Word is gone from the checklist, as the clerk meant.
import { recognizePart } from '../import/recognize-part'
import { limits } from '../limits'
import type { LastYearPart, LastYearPlan, LastYearReference } from '../report'
import type { Template } from '../template-schema'
import { cut } from './last-year-reference'

export interface LastYearNote {
  /** A plan for the checklist, or last year's text of a part (partId null with heading null: the preamble). */
  readonly kind: 'plan' | 'part'
  /** The part of this year's draft the note belongs beside: measures for a plan, the same part for its text. */
  readonly partId: string | null
  readonly paragraphs: readonly string[]
}

/** Closes a plan's note: the plan is checked against the measures, not the next-year part it came from. */
export const PLAN_HINT = '请在“主要举措和成效”中写明今年的落实情况。'

const MEASURES = 'measures'

function lastYear(year: number | null): string {
  return year === null ? '去年' : `去年（${String(year)}年）`
}

const LABEL = /^去年(?:（(\d{4})年）)?(?:计划：(.*)|导语原文：|“(.*)”原文：)$/su

/** The notes of last year's reference: its plans, then its parts in last year's order. */
export function lastYearNotes(reference: LastYearReference): LastYearNote[] {
  const year = lastYear(reference.reportYear)
  const plans = reference.plans.map((plan): LastYearNote => ({
    kind: 'plan',
    partId: MEASURES,
    // the detail opens with the lead phrase; a plan without one stands alone
    paragraphs: [
      `${year}计划：${plan.text}`,
      ...(plan.detail === '' ? [] : plan.detail.split('\n')),
      PLAN_HINT,
    ],
  }))
  const parts = reference.parts.map((part): LastYearNote => ({
    kind: 'part',
    partId: part.id,
    paragraphs: [
      part.heading === null ? `${year}导语原文：` : `${year}“${part.heading}”原文：`,
      ...(part.text === '' ? [] : part.text.split('\n')),
    ],
  }))
  return [...plans, ...parts]
}

/**
 * Last year's reference from the notes found beside a draft, in their order; null when none of them is one of ours.
 * The part ids are recognised again from last year's headings (the note says the heading, not the id); last year's
 * title and what rollover trimmed are not in the notes. Cut to the limits of a saved report, so an edited comment
 * cannot keep the draft from opening.
 */
export function readLastYearNotes(
  notes: readonly (readonly string[])[],
  template: Template,
): LastYearReference | null {
  let reportYear: number | null = null
  const plans: LastYearPlan[] = []
  const parts: LastYearPart[] = []
  const seen = new Set<string>()
  for (const [first, ...rest] of notes) {
    const label = LABEL.exec((first ?? '').trim())
    if (label === null) continue
    const [, year, plan, heading] = label
    if (year !== undefined) reportYear ??= Number(year)
    if (plan !== undefined) {
      if (plans.length >= limits.maxPlans) continue
      const lines = rest.at(-1)?.trim() === PLAN_HINT ? rest.slice(0, -1) : rest
      const text = cut(plan.trim(), limits.maxMetaChars)
      const detail = lines.join('\n').trim()
      if (text !== '') plans.push({ text, detail: cut(detail === '' ? text : detail, limits.maxTextChars) })
      continue
    }
    if (parts.length >= limits.maxParts) continue
    const partHeading = heading === undefined ? null : cut(heading.trim(), limits.maxMetaChars)
    const id = partHeading === null ? null : recognizePart(partHeading, template, reportYear, seen)
    if (id !== null) seen.add(id)
    parts.push({ id, heading: partHeading, text: cut(rest.join('\n'), limits.maxTextChars) })
  }
  if (plans.length === 0 && parts.length === 0) return null
  return { reportYear, title: null, plans, parts }
}
