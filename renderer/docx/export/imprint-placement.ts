// Where the 版记 goes: at the bottom of the last page when that page has room for it, else on a page of its own,
// which GB/T 9704 §7.5 leaves unnumbered. A .docx carries no layout, so the room is estimated on the 22 × 28
// grid: every line of the flow is one 28.95 pt pitch, and a paragraph takes ⌈(2 字 indent + text) / 28⌉ lines.
// Renderers break lines a little differently (kinsoku, digit widths), so the estimate keeps two lines in hand; a
// wrong guess either way still prints correctly (the floating 版记 drags the overflow along, or the 版记 page
// stays blank of text and unnumbered).
import type { Block, Report } from '../../core/report'
import { blockText } from '../../core/report'
import { charsPerLine, linePitch, markTopOffset, ptToTwips, textHeight, typeSize } from './gbt9704'
import { imprintRowLines, type ImprintOptions } from './imprint'
import { markSize } from './masthead'
import type { OfficialMeta } from './official-meta'
import { textWidth } from './text-width'
import { titleLines } from './title-lines'

export type ImprintPlacement = 'last-page' | 'own-page'

/** Lines kept in hand against the estimate's error. */
const SAFETY_LINES = 2

function paragraphLines(text: string, indent = 2): number {
  return Math.max(1, Math.ceil((textWidth(text) + indent) / charsPerLine))
}

function blockLines(block: Block): number {
  switch (block.kind) {
    case 'heading':
      return paragraphLines(`一、${block.text}`)
    case 'paragraph':
      return paragraphLines(blockText(block))
    case 'list':
      return block.items.reduce((sum, item) => sum + paragraphLines(item), 0)
    case 'table':
      // 4号 in cells: roughly as many lines as the longest cell needs at a third of the line each
      return block.rows.reduce(
        (sum, row) =>
          sum +
          row.reduce(
            (most, cell) => Math.max(most, Math.ceil((textWidth(cell) * 14) / 16 / (charsPerLine / 3))),
            1,
          ),
        0,
      )
  }
}

/** Heights in twips of every line of the flow, top to bottom. */
function flow(report: Report, meta: OfficialMeta): number[] {
  const lines: number[] = []
  const add = (count: number, height = linePitch): void => {
    for (let i = 0; i < count; i++) lines.push(height)
  }
  if (meta.markLines.length > 0 || meta.docNumber !== null) {
    const size = markSize(meta.markLines)
    lines.push(markTopOffset)
    add(meta.markLines.length, ptToTwips(size * 1.2))
    if (meta.docNumber !== null) add(3)
    add(1, ptToTwips(typeSize.san / 2))
    add(2)
  }
  if (meta.title !== null) add(titleLines(meta.title).length + 1)
  if (meta.recipients !== null) add(1)
  for (const block of report.preamble) add(blockLines(block))
  for (const part of report.parts) {
    if (part.heading !== null) add(paragraphLines(`一、${part.heading}`))
    for (const block of part.blocks) add(blockLines(block))
  }
  add(1 + meta.issuers.length + (meta.dateText === null ? 0 : 1))
  for (const note of meta.notes) add(paragraphLines(note))
  return lines
}

/** Twips left free under the last line of text on the last page. */
export function lastPageRoom(lines: readonly number[]): number {
  let used = 0
  for (const height of lines) {
    if (used + height > textHeight) used = 0
    used += height
  }
  return textHeight - used
}

export function imprintPlacement(
  report: Report,
  meta: OfficialMeta,
  imprint: ImprintOptions,
): ImprintPlacement {
  const rows = imprintRowLines(imprint)
  if (rows.length === 0) return 'last-page'
  const needed = (rows.reduce((sum, n) => sum + n, 0) + 1 + SAFETY_LINES) * linePitch
  return lastPageRoom(flow(report, meta)) >= needed ? 'last-page' : 'own-page'
}
