// Where a search term occurs in the document, block by block, so a match may cross bold/field marks
// inside one paragraph (as Word's 查找 does) but never runs across two paragraphs.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

export interface Match {
  readonly from: number
  readonly to: number
}

export function findMatches(doc: ProseMirrorNode, term: string): Match[] {
  if (term.length === 0) return []
  const matches: Match[] = []
  doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true
    // Map each character of the block's text back to its document position.
    let text = ''
    const positions: number[] = []
    block.forEach((child, offset) => {
      const start = blockPos + 1 + offset
      if (child.isText) {
        const value = child.text ?? ''
        for (let index = 0; index < value.length; index += 1) positions.push(start + index)
        text += value
      } else {
        positions.push(start)
        text += '\n'
      }
    })
    let index = text.indexOf(term)
    while (index >= 0) {
      const from = positions[index]
      const last = positions[index + term.length - 1]
      if (from !== undefined && last !== undefined) matches.push({ from, to: last + 1 })
      index = text.indexOf(term, index + term.length)
    }
    return false
  })
  return matches
}
