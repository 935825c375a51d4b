// Headings inside a part: level 2 （一） 楷体, level 3 1. 仿宋, level 4 （1） 仿宋. Tab and Shift+Tab
// move a heading down and up a level, as in Word's outline numbering.
import { mergeAttributes, Node } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import { parseHeadingMarker } from '../../core/import/heading-level'

export type SubHeadingLevel = 2 | 3 | 4

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    subHeading: {
      /** Turns the current block into a sub-heading of the given level. */
      setSubHeading: (level: SubHeadingLevel) => ReturnType
      /** Moves the current sub-heading one level down (Tab) or up (Shift+Tab). */
      shiftSubHeading: (direction: 1 | -1) => ReturnType
    }
  }
}

/**
 * Takes the number the writer typed off headings made from paragraphs (（三）强化监督 → 强化监督): the heading shows
 * its own, renumbered one, and the typed one would stand beside it as （一）（三）强化监督.
 */
function dropTypedNumbers(tr: Transaction, name: string): void {
  const { from, to } = tr.selection
  const cuts: { from: number; to: number }[] = []
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (node.type.name !== name) return true
    const marker = parseHeadingMarker(node.textContent)
    if (marker !== null) cuts.push({ from: pos + 1, to: pos + 1 + marker.numberLength })
    return false
  })
  for (const cut of cuts.reverse()) tr.delete(cut.from, cut.to)
}

function clampLevel(level: number): SubHeadingLevel {
  return Math.min(4, Math.max(2, level)) as SubHeadingLevel
}

export const SubHeading = Node.create({
  name: 'subHeading',
  group: 'block',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      level: {
        default: 2,
        parseHTML: (element) => clampLevel(Number(element.getAttribute('data-level'))),
        renderHTML: (attributes: { level: SubHeadingLevel }) => ({ 'data-level': attributes.level }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'h3[data-level]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const level = clampLevel(Number(node.attrs['level']))
    return ['h3', mergeAttributes(HTMLAttributes, { class: `sub-heading level-${level}` }), 0]
  },

  addCommands() {
    return {
      setSubHeading:
        (level) =>
        ({ commands, tr }) => {
          if (!commands.setNode(this.name, { level })) return false
          dropTypedNumbers(tr, this.name)
          return true
        },
      shiftSubHeading:
        (direction) =>
        ({ editor, commands }) => {
          if (!editor.isActive(this.name)) return false
          const current = Number(editor.getAttributes(this.name)['level'])
          const next = clampLevel(current + direction)
          if (next === current) return true
          return commands.updateAttributes(this.name, { level: next })
        },
    }
  },

  addKeyboardShortcuts() {
    return {
      Tab: () => this.editor.commands.shiftSubHeading(1),
      'Shift-Tab': () => this.editor.commands.shiftSubHeading(-1),
      'Mod-Alt-2': () => this.editor.commands.setSubHeading(2),
      'Mod-Alt-3': () => this.editor.commands.setSubHeading(3),
      'Mod-Alt-4': () => this.editor.commands.setSubHeading(4),
      'Mod-Alt-0': () => this.editor.commands.setParagraph(),
    }
  },
})
