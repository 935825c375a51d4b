// The year the body text is about, as a reviewer reads it: the opening sentence (2023年，我镇…… /
// 2023年以来 / 现将我镇2023年……报告如下), else the year most body paragraphs speak of. The body is the
// signal a writer updates most surely (they rewrite the figures), so it can outvote a title copied from
// last year (report-year.ts); it must therefore not be swayed by the other years every report cites:
// 《法治政府建设实施纲要（2021—2025年）》, 较2022年增长, 2024年将…, and the whole plan part.
import { blockText, type Block } from '../report'
import { isRecipientsLine } from './meta-lines'

export interface BodyYear {
  readonly year: number
  /** The paragraph that says it: the opening one, or the first mention of the dominant year. */
  readonly line: number | null
  /** The words that say it, for the finding's quote. */
  readonly evidence: string
}

// A few mentions do not decide: 3 at least, and twice as many as any other year.
const MIN_MENTIONS = 3
const MIN_RATIO = 2

const openingPattern = /^((?:19|20)\d{2})\s*年(?:度|以来)?[，,]/
const reportingPattern = /现将.{0,20}?((?:19|20)\d{2})\s*年.{0,40}?报告如下/
const yearPattern = /((?:19|20)\d{2})\s*年/g
// Headings (or bare heading lines) of the plan part: its years are next year's by design.
const planHeading = /(?:计划|安排|思路|打算|下一步|下步|展望|努力方向)/
const notPlanHeading = /(?:举措|成效|不足|问题|原因|责任人|裁判)/
const BARE_HEADING_MAX_LENGTH = 30

/** Parenthesised asides and 《titles》 hold periods and versions (（2021—2025年）, （2021年修订）), not the report year. */
function withoutAsides(text: string): string {
  return text.replace(/《[^《》]*》|（[^（）]*）|\([^()]*\)/g, (aside) => '　'.repeat(aside.length))
}

/** Is the mention at `start`–`end` of `text` the year the paragraph reports on? */
function isReportMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start)
  const after = text.slice(end, end + 4)
  // Spans (2021—2025年, 2022年至2023年) and comparisons (较2022年, 与2022年相比, 2022年同期).
  if (/[—–\-－~～至到]\s*$/.test(before) || /^\s*[—–\-－~～至到]/.test(after)) return false
  if (/(?:较|比|与|同比|相比)\s*$/.test(before) || /^(?:相比|同期|同比)/.test(after)) return false
  // Plans and targets (2024年将…, 2024年计划, 力争2025年).
  if (/^(?:度)?\s*(?:将|要|拟|计划|力争|预计|起)/.test(after) || /(?:力争|计划|到|预计)\s*$/.test(before))
    return false
  return true
}

function planHeadingLevel(block: Block): number | null {
  if (block.kind === 'heading')
    return planHeading.test(block.text) && !notPlanHeading.test(block.text) ? block.level : null
  if (block.kind !== 'paragraph') return null
  const text = blockText(block).trim()
  // A bare heading line (下一步工作打算) is a paragraph until blocks-to-report promotes it.
  if (text.length > BARE_HEADING_MAX_LENGTH || /[，。；,;]/.test(text)) return null
  return planHeading.test(text) && !notPlanHeading.test(text) ? 1 : null
}

/** Paragraph and list texts outside the plan part, with their lines. */
function reportTexts(blocks: readonly Block[]): { text: string; line: number | null }[] {
  const texts: { text: string; line: number | null }[] = []
  let planLevel: number | null = null
  for (const block of blocks) {
    const level = planHeadingLevel(block)
    if (level !== null) {
      planLevel = level
      continue
    }
    if (block.kind === 'heading') {
      if (planLevel !== null && block.level <= planLevel) planLevel = null
      continue
    }
    if (planLevel !== null || block.kind === 'table') continue
    const text = block.kind === 'list' ? block.items.join('。') : blockText(block)
    texts.push({ text, line: block.line })
  }
  return texts
}

function opening(blocks: readonly Block[]): BodyYear | null {
  const preamble: Block[] = []
  for (const block of blocks) {
    if (block.kind === 'heading') break
    // A 主送 line left in the body (a report without a title) is not the opening.
    if (block.kind === 'paragraph' && !(preamble.length === 0 && isRecipientsLine(blockText(block).trim())))
      preamble.push(block)
  }
  const first = preamble[0]
  const firstMatch = first === undefined ? null : openingPattern.exec(blockText(first).trim())
  if (first !== undefined && firstMatch !== null)
    return { year: Number(firstMatch[1]), line: first.line, evidence: firstMatch[0].slice(0, 30) }
  for (const block of preamble) {
    const match = reportingPattern.exec(blockText(block))
    if (match !== null) return { year: Number(match[1]), line: block.line, evidence: match[0].slice(0, 30) }
  }
  return null
}

function dominant(blocks: readonly Block[]): BodyYear | null {
  const counts = new Map<number, { count: number; line: number | null; evidence: string }>()
  for (const { text, line } of reportTexts(blocks)) {
    const plain = withoutAsides(text)
    for (const match of plain.matchAll(yearPattern)) {
      const start = match.index
      if (!isReportMention(plain, start, start + match[0].length)) continue
      const year = Number(match[1])
      const seen = counts.get(year)
      if (seen === undefined) counts.set(year, { count: 1, line, evidence: text.slice(start, start + 20) })
      else seen.count += 1
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count)
  const [top, second] = ranked
  if (top === undefined || top[1].count < MIN_MENTIONS) return null
  if (second !== undefined && top[1].count < MIN_RATIO * second[1].count) return null
  return { year: top[0], line: top[1].line, evidence: top[1].evidence }
}

export function bodyYear(blocks: readonly Block[]): BodyYear | null {
  return opening(blocks) ?? dominant(blocks)
}
