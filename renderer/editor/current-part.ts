// Which part the cursor is in, for the guidance panel.
import type { EditorState } from '@tiptap/pm/state'

export function currentPartId(state: EditorState): string | null {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth)
    if (node.type.name === 'part') {
      const id: unknown = node.attrs['partId']
      return typeof id === 'string' ? id : null
    }
  }
  return null
}
