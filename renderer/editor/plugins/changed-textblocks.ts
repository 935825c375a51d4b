// The textblocks a batch of transactions touched, in the document they produced: where the tidying plugins
// (no-leading-spaces, pasted-headings) look, so a keystroke costs a look at its own paragraph, not the report.
// The ranges come from the transactions' step maps alone (as tiptap's getChangedRanges reads them), without
// replaying the steps on a copy of the document as combineTransactionSteps would: that replay was most of what a
// keystroke cost these plugins.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { Mapping, type Step } from '@tiptap/pm/transform'

export interface TouchedTextblock {
  readonly node: ProseMirrorNode
  /** Position before the node. */
  readonly pos: number
  readonly parent: ProseMirrorNode | null
}

interface Range {
  readonly from: number
  readonly to: number
}

/** Where a step changed its document, in that document's positions. */
function stepRanges(step: Step, index: number, mapping: Mapping): Range[] {
  const ranges: Range[] = []
  mapping.maps[index]?.forEach((from, to) => ranges.push({ from, to }))
  if (ranges.length > 0) return ranges
  // a step that replaces nothing (a mark, a node's attributes) still names the range it touched
  const { from, to } = step as Step & { from?: number; to?: number }
  return from === undefined || to === undefined ? [] : [{ from, to }]
}

/** The ranges the transactions changed, in the last document's positions. */
function changedRanges(transactions: readonly Transaction[]): Range[] {
  const steps = transactions.flatMap((transaction) => transaction.steps)
  const mapping = new Mapping(transactions.flatMap((transaction) => transaction.mapping.maps))
  return steps.flatMap((step, index) => {
    const rest = mapping.slice(index)
    return stepRanges(step, index, mapping).map(({ from, to }) => ({
      from: rest.map(from, -1),
      to: rest.map(to),
    }))
  })
}

export function changedTextblocks(
  transactions: readonly Transaction[],
  doc: ProseMirrorNode,
): TouchedTextblock[] {
  const found = new Map<number, TouchedTextblock>()
  for (const range of changedRanges(transactions)) {
    const from = Math.max(0, range.from)
    const to = Math.min(doc.content.size, range.to)
    doc.nodesBetween(from, to, (node, pos, parent) => {
      if (!node.isTextblock) return true
      found.set(pos, { node, pos, parent })
      return false
    })
  }
  return [...found.values()].sort((a, b) => a.pos - b.pos)
}
