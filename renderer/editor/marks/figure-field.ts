// A figure the writer still has to fill in (全年共办理行政复议案件【　】件). Inclusive, so typing inside the
// field stays in it; an empty field shows highlighted until it holds a figure, and is a finding.
// Tab jumps to the next empty field, as in a form.
import { Mark, mergeAttributes } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figureField: {
      /** Selects the next empty figure field after the cursor; false when there is none. */
      selectNextFigureField: () => ReturnType
    }
  }
}

function isEmptyField(node: ProseMirrorNode): boolean {
  return (
    node.isText && node.marks.some((mark) => mark.type.name === 'figureField') && node.text?.trim() === ''
  )
}

/** Where the next empty field after `from` is, or null. */
export function nextEmptyField(doc: ProseMirrorNode, from: number): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null
  doc.nodesBetween(from, doc.content.size, (node, pos) => {
    if (found !== null) return false
    if (isEmptyField(node) && pos + node.nodeSize > from) found = { from: pos, to: pos + node.nodeSize }
    return true
  })
  return found
}

const filledKey = new PluginKey<DecorationSet>('figureFieldState')

function decorateEmpty(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = []
  doc.descendants((node, pos) => {
    if (isEmptyField(node))
      decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: 'figure-field-empty' }))
  })
  return DecorationSet.create(doc, decorations)
}

export const FigureField = Mark.create({
  name: 'figureField',
  inclusive: true,
  excludes: '',

  parseHTML() {
    return [{ tag: 'span[data-figure-field]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-figure-field': '', class: 'figure-field' }), 0]
  },

  addCommands() {
    return {
      selectNextFigureField:
        () =>
        ({ state, dispatch }) => {
          const target = nextEmptyField(state.doc, state.selection.to)
          if (target === null) return false
          dispatch?.(
            state.tr.setSelection(TextSelection.create(state.doc, target.from, target.to)).scrollIntoView(),
          )
          return true
        },
    }
  },

  addKeyboardShortcuts() {
    return {
      Tab: () => this.editor.commands.selectNextFigureField(),
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: filledKey,
        state: {
          init: (_config, state) => decorateEmpty(state.doc),
          apply: (transaction, previous) =>
            transaction.docChanged ? decorateEmpty(transaction.doc) : previous,
        },
        props: { decorations: (state) => filledKey.getState(state) },
      }),
    ]
  },
})
