// Draws the heading numbers in front of each heading as non-editable widgets, so they cannot be typed
// over or drift out of order.
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { headingLabels } from '../heading-labels'

const key = new PluginKey<DecorationSet>('headingNumbers')

function decorate(doc: ProseMirrorNode): DecorationSet {
  return DecorationSet.create(
    doc,
    headingLabels(doc).map(({ pos, label, level }) =>
      Decoration.widget(
        pos,
        () => {
          const span = document.createElement('span')
          span.className = `heading-number level-${level}`
          span.contentEditable = 'false'
          span.textContent = label
          return span
        },
        { side: -1, key: `${level}:${label}`, ignoreSelection: true },
      ),
    ),
  )
}

export const HeadingNumbers = Extension.create({
  name: 'headingNumbers',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => decorate(state.doc),
          apply: (transaction, previous) => (transaction.docChanged ? decorate(transaction.doc) : previous),
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ]
  },
})
