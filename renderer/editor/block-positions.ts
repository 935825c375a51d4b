// Document positions of the blocks in the order doc-to-report numbers them (`line`), so a finding's
// line leads back to its paragraph in the editor.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

export function blockPositions(doc: ProseMirrorNode): number[] {
  const positions: number[] = []
  doc.forEach((node, offset) => {
    if (node.type.name !== 'part') {
      positions.push(offset)
      return
    }
    node.forEach((_child, childOffset) => positions.push(offset + 1 + childOffset))
  })
  return positions
}

/** The position of the block at 1-based `line`, or null when the document has changed under it. */
export function positionOfLine(doc: ProseMirrorNode, line: number): number | null {
  return blockPositions(doc)[line - 1] ?? null
}
