// Where a clerk starts typing in a report just made from a template: the first body paragraph (the 导语
// before the parts), not a heading and not the metadata fields around the page.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** The position inside the first paragraph of `doc`, or null when it has none. */
export function firstParagraphPos(doc: ProseMirrorNode): number | null {
  let found: number | null = null
  doc.descendants((node, pos) => {
    if (found !== null) return false
    if (node.type.name === 'paragraph') {
      found = pos + 1
      return false
    }
    return true
  })
  return found
}
