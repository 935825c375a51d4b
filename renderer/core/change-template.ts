// 更换模板: an open report taken over to another template. Parts keep their text and are matched by id; what the
// two templates place differently moves: a part the new template expects as a sub-section (生效裁判 under 主要举措和
// 成效) goes into its parent part as a （X） section, and a sub-section the new template wants as a part of its own
// comes out into its place among the parts. Nothing is dropped: a part the new template does not know stays where
// it is, and what moved is listed for the clerk.
import { recognizePart } from './import/recognize-part'
import type { Block, HeadingLevel, Part, Report } from './report'
import { standardHeading } from './standard-heading'
import type { Template, TemplatePart } from './template-schema'

export interface TemplateChange {
  readonly report: Report
  /** What moved, one sentence each, in Chinese; empty when every part stays where it was. */
  readonly moves: readonly string[]
}

const shift = (level: HeadingLevel, by: 1 | -1): HeadingLevel =>
  Math.min(4, Math.max(1, level + by)) as HeadingLevel

function shifted(blocks: readonly Block[], by: 1 | -1): Block[] {
  return blocks.map((block) =>
    block.kind === 'heading' ? { ...block, level: shift(block.level, by) } : block,
  )
}

const headingOf = (part: Part, template: Template, year: number | null): string => {
  if (part.heading !== null) return part.heading
  const known = template.parts.find((candidate) => candidate.id === part.id)
  return known === undefined ? '' : standardHeading(known, year)
}

/** A top-level part the new template wants inside its parent: appended there as a level-2 section. */
function nestPart(
  parts: Part[],
  sub: TemplatePart,
  to: Template,
  year: number | null,
  moves: string[],
): Part[] {
  const at = parts.findIndex((part) => part.id === sub.id)
  const parentAt = parts.findIndex((part) => part.id === sub.parent)
  if (at === -1 || parentAt === -1) return parts
  const moving = parts[at]!
  const parent = parts[parentAt]!
  const heading = headingOf(moving, to, year)
  const section: Block[] = [
    { kind: 'heading', level: 2, text: heading, line: moving.line },
    ...shifted(moving.blocks, 1),
  ]
  const nested = { ...parent, blocks: [...parent.blocks, ...section] }
  moves.push(`“${heading}”移入“${headingOf(parent, to, year)}”，作为其中一节`)
  return parts.flatMap((part, index) => (index === at ? [] : index === parentAt ? [nested] : [part]))
}

/** A level-2 section the new template wants as a part of its own: taken out and put in the template's place. */
function liftSection(
  parts: Part[],
  wanted: TemplatePart,
  to: Template,
  year: number | null,
  moves: string[],
): Part[] {
  if (parts.some((part) => part.id === wanted.id)) return parts
  for (const [index, part] of parts.entries()) {
    const start = part.blocks.findIndex(
      (block) =>
        block.kind === 'heading' && block.level === 2 && recognizePart(block.text, to, year) === wanted.id,
    )
    if (start === -1) continue
    const next = part.blocks.findIndex(
      (block, at) => at > start && block.kind === 'heading' && block.level <= 2,
    )
    const end = next === -1 ? part.blocks.length : next
    const heading = part.blocks[start] as Extract<Block, { kind: 'heading' }>
    const lifted: Part = {
      id: wanted.id,
      heading: heading.text,
      blocks: shifted(part.blocks.slice(start + 1, end), -1),
      line: heading.line,
    }
    const rest: Part = { ...part, blocks: [...part.blocks.slice(0, start), ...part.blocks.slice(end)] }
    moves.push(`“${heading.text}”从“${headingOf(part, to, year)}”中移出，单列为一个部分`)
    const without = parts.map((candidate, at) => (at === index ? rest : candidate))
    return insertInOrder(without, lifted, to)
  }
  return parts
}

/** After the last part the template orders before it, or first. */
function insertInOrder(parts: readonly Part[], part: Part, to: Template): Part[] {
  const order = to.parts.map((candidate) => candidate.id)
  const rank = order.indexOf(part.id ?? '')
  let after = -1
  parts.forEach((candidate, index) => {
    const candidateRank = order.indexOf(candidate.id ?? '')
    if (candidateRank !== -1 && candidateRank < rank) after = index
  })
  return [...parts.slice(0, after + 1), part, ...parts.slice(after + 1)]
}

/**
 * The report under template `to`, from template `from`: only parts the two place differently move — nested where
 * `to` makes a part a sub-section, lifted out where `from` had it as one and `to` does not.
 */
export function changeTemplate(report: Report, from: Template, to: Template): TemplateChange {
  const year = report.meta.reportYear
  const moves: string[] = []
  const wasSub = new Set(from.parts.filter((part) => part.placement === 'sub').map((part) => part.id))
  let parts = [...report.parts]
  for (const part of to.parts)
    if (part.placement === 'sub') parts = nestPart(parts, part, to, year, moves)
    else if (wasSub.has(part.id)) parts = liftSection(parts, part, to, year, moves)
  return { report: { ...report, parts }, moves }
}
