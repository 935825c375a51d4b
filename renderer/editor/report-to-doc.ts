// Report → Tiptap JSON. Empty figure fields written as 【　】 (by our skeletons, or by hand in a .txt)
// become highlighted fields again; figures carried over from last year are marked, in table cells and list
// items too.
import type { JSONContent } from '@tiptap/core'
import type { Block, Part, Report, Run } from '../core/report'

const emptyField = /【[\s\u3000]*】/g

function runToNodes(run: Run): JSONContent[] {
  const marks = [
    ...(run.bold === true ? [{ type: 'bold' }] : []),
    ...(run.stale === true ? [{ type: 'staleFigure' }] : []),
  ]
  const nodes: JSONContent[] = []
  let last = 0
  for (const match of run.text.matchAll(emptyField)) {
    if (match.index > last) nodes.push({ type: 'text', text: run.text.slice(last, match.index), marks })
    nodes.push({ type: 'text', text: '\u3000', marks: [...marks, { type: 'figureField' }] })
    last = match.index + match[0].length
  }
  if (last < run.text.length) nodes.push({ type: 'text', text: run.text.slice(last), marks })
  return nodes.map((node) => (node.marks?.length === 0 ? { type: 'text', text: node.text ?? '' } : node))
}

function paragraph(runs: readonly Run[]): JSONContent {
  const content = runs.filter((run) => run.text.length > 0).flatMap(runToNodes)
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }
}

function textNodes(text: string): JSONContent[] | undefined {
  return text.length === 0 ? undefined : [{ type: 'text', text }]
}

export function blockToNode(block: Block): JSONContent {
  switch (block.kind) {
    case 'heading':
      // Level 1 belongs to parts; a stray one inside a part is shown as the highest sub-level.
      return {
        type: 'subHeading',
        attrs: { level: Math.max(2, block.level) },
        content: textNodes(block.text),
      }
    case 'paragraph':
      return paragraph(block.runs)
    case 'list':
      return {
        type: block.ordered ? 'orderedList' : 'bulletList',
        content: block.items.map((item, index) => ({
          type: 'listItem',
          content: [paragraph(block.itemRuns?.[index] ?? [{ text: item }])],
        })),
      }
    case 'table':
      return {
        type: 'table',
        content: block.rows.map((row, rowIndex) => ({
          type: 'tableRow',
          content: row.map((cell, column) => ({
            type: block.header && rowIndex === 0 ? 'tableHeader' : 'tableCell',
            content: [paragraph(block.cellRuns?.[rowIndex]?.[column] ?? [{ text: cell }])],
          })),
        })),
      }
  }
}

function partToNode(part: Part): JSONContent {
  return {
    type: 'part',
    attrs: { partId: part.id },
    content: [
      { type: 'partHeading', content: textNodes(part.heading ?? '') },
      // A part with nothing under its heading (e.g. next year's plans after a rollover) still gets a
      // paragraph to click into and type.
      ...(part.blocks.length === 0 ? [{ type: 'paragraph' }] : part.blocks.map(blockToNode)),
    ],
  }
}

export function reportToDoc(report: Report): JSONContent {
  return { type: 'doc', content: [...report.preamble.map(blockToNode), ...report.parts.map(partToNode)] }
}
