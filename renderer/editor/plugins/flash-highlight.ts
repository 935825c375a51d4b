// Briefly highlights the block a finding points at. A decoration, not a class set on the DOM by hand:
// ProseMirror redraws nodes whose DOM it did not make, and would wipe such a class at once.
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

export const flashKey = new PluginKey<DecorationSet>('flashHighlight')

/** Transaction meta: the node position to highlight, or null to clear. */
export type FlashMeta = number | null

export const FlashHighlight = Extension.create({
  name: 'flashHighlight',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: flashKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (transaction, previous) => {
            const meta = transaction.getMeta(flashKey) as FlashMeta | undefined
            if (meta === undefined) return previous.map(transaction.mapping, transaction.doc)
            const node = meta === null ? null : transaction.doc.nodeAt(meta)
            if (meta === null || node === null) return DecorationSet.empty
            return DecorationSet.create(transaction.doc, [
              Decoration.node(meta, meta + node.nodeSize, { class: 'flash' }),
            ])
          },
        },
        props: {
          decorations: (state) => flashKey.getState(state),
        },
      }),
    ]
  },
})
