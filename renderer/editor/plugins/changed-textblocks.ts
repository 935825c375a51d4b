// The textblocks a batch of transactions touched, in the document they produced: where the tidying plugins
// (no-leading-spaces, pasted-headings) look, so a keystroke costs a look at its own paragraph, not the report.
import { combineTransactionSteps, getChangedRanges } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'

export interface TouchedTextblock {
  readonly node: ProseMirrorNode
  /** Position before the node. */
  readonly pos: number
  readonly parent: ProseMirrorNode | null
}

export function changedTextblocks(
  transactions: readonly Transaction[],
  oldDoc: ProseMirrorNode,
  doc: ProseMirrorNode,
): TouchedTextblock[] {
  const found = new Map<number, TouchedTextblock>()
  for (const { newRange } of getChangedRanges(combineTransactionSteps(oldDoc, [...transactions]))) {
    const from = Math.max(0, newRange.from)
    const to = Math.min(doc.content.size, newRange.to)
    doc.nodesBetween(from, to, (node, pos, parent) => {
      if (!node.isTextblock) return true
      found.set(pos, { node, pos, parent })
      return false
    })
  }
  return [...found.values()].sort((a, b) => a.pos - b.pos)
}
