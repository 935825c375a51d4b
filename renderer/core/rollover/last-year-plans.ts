// Last year's next-year part → the plans this year's report should say were carried out. A plan is
// a sub-heading or a numbered paragraph (（一）加强法治培训。……) at the part's top level, or failing
// those an 一是……二是…… clause, or failing that a paragraph. The introduction (……重点做好以下工作：)
// is not a plan.
import { parseHeadingMarker } from '../import/heading-level'
import { blockText, type Block, type LastYearPlan } from '../report'

const MAX_LEAD_LENGTH = 40

/** The lead phrase of an item: up to its first full stop, shortened at a comma when long. */
function leadOf(text: string): string {
  const sentence = (/^[^。；！？：:]+/.exec(text.trim())?.[0] ?? text).trim()
  const lead = sentence.length > MAX_LEAD_LENGTH ? (/^[^，,]+/.exec(sentence)?.[0] ?? sentence) : sentence
  return lead.slice(0, MAX_LEAD_LENGTH * 2).trim()
}

interface Start {
  readonly level: number
  readonly lead: string
}

function startOf(block: Block): Start | null {
  if (block.kind === 'heading') return { level: block.level, lead: leadOf(block.text) }
  if (block.kind !== 'paragraph') return null
  const marker = parseHeadingMarker(blockText(block).trim())
  return marker === null ? null : { level: marker.level, lead: leadOf(marker.text) }
}

function plan(lead: string, detail: string): LastYearPlan {
  return { text: lead, detail: detail.trim() }
}

function numberedPlans(blocks: readonly Block[]): LastYearPlan[] {
  const starts = blocks.map(startOf)
  const levels = starts.filter((start): start is Start => start !== null).map((start) => start.level)
  if (levels.length === 0) return []
  const top = levels.reduce((least, level) => Math.min(least, level))
  const plans: { lead: string; detail: string[] }[] = []
  blocks.forEach((block, index) => {
    const start = starts[index]
    if (start !== null && start !== undefined && start.level === top) {
      plans.push({ lead: start.lead, detail: [blockText(block)] })
      return
    }
    plans.at(-1)?.detail.push(blockText(block))
  })
  return plans
    .filter((entry) => entry.lead.length > 0)
    .map((entry) => plan(entry.lead, entry.detail.join('\n')))
}

const ENUMERATION = /[一二三四五六七八九十]{1,2}是/g

function enumeratedPlans(blocks: readonly Block[]): LastYearPlan[] {
  const plans: LastYearPlan[] = []
  for (const block of blocks) {
    const text = blockText(block)
    const marks = [...text.matchAll(ENUMERATION)].filter(
      (match) => match.index === 0 || /[。；：:，\s]/.test(text[match.index - 1] ?? ''),
    )
    marks.forEach((match, index) => {
      const next = marks[index + 1]
      const item = text.slice(match.index + match[0].length, next === undefined ? text.length : next.index)
      const lead = leadOf(item)
      if (lead.length > 0) plans.push(plan(lead, `${match[0]}${item}`))
    })
  }
  return plans
}

function isIntroduction(text: string): boolean {
  return /[：:]$/.test(text.trim())
}

export function lastYearPlans(blocks: readonly Block[]): LastYearPlan[] {
  const numbered = numberedPlans(blocks)
  if (numbered.length > 0) return numbered
  const enumerated = enumeratedPlans(blocks)
  if (enumerated.length > 0) return enumerated
  return blocks
    .filter((block) => block.kind === 'paragraph' && !isIntroduction(blockText(block)))
    .map((block) => plan(leadOf(blockText(block)), blockText(block)))
    .filter((entry) => entry.text.length > 0)
}
