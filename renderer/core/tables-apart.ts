// Two tables with nothing between them are one table to Word, WPS and LibreOffice: the second's rows join the first's,
// under the first's repeated header, in widths the first sets. A report imported without the empty line that stood
// between them, or two tables typed one under the other, would print so. As a typist does, one empty line of 正文
// stands between them in print, in the .docx and the preview alike (printable-report.ts). A part heading between
// them is enough.
import type { Block, Part, Report } from './report'

/** The empty line between two tables. */
const between = (table: Block): Block => ({ kind: 'paragraph', runs: [{ text: '' }], line: table.line })

/** `blocks` with an empty line before each table that follows a table; `afterTable`: the text before ends in one. */
function apart(blocks: readonly Block[], afterTable: boolean): readonly Block[] {
  let previous = afterTable
  let out: Block[] | null = null
  for (const [index, block] of blocks.entries()) {
    const table = block.kind === 'table'
    if (table && previous) {
      out ??= blocks.slice(0, index)
      out.push(between(block))
    }
    out?.push(block)
    previous = table
  }
  return out ?? blocks
}

const endsWithTable = (blocks: readonly Block[], before: boolean): boolean =>
  blocks.length === 0 ? before : blocks.at(-1)!.kind === 'table'

/** The report with tables apart; the same object where no two meet. */
export function withTablesApart(report: Report): Report {
  const preamble = apart(report.preamble, false)
  let afterTable = endsWithTable(report.preamble, false)
  let changed = preamble !== report.preamble
  const parts = report.parts.map((part): Part => {
    const open = part.heading === null && afterTable
    const blocks = apart(part.blocks, open)
    afterTable = endsWithTable(part.blocks, open)
    if (blocks === part.blocks) return part
    changed = true
    return { ...part, blocks }
  })
  return changed ? { ...report, preamble, parts } : report
}
