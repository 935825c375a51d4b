// A figure carried over from last year's report by rollover (Run.stale): 41场次 in this year's draft
// may be last year's count. Highlighted until the writer edits it — any change to its text drops the
// mark from that figure — or confirms it with confirmStaleFigures (the one at the cursor, or all).
// Not inclusive: text typed right after a figure is new text, not part of the old figure.
import { Mark, mergeAttributes } from '@tiptap/core'
import type { MarkType, Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform'

export type StaleFigureScope = 'all' | 'cursor'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    staleFigure: {
      /** Confirms last year's figure at the cursor (default) or every one in the report; false when there is none. */
      confirmStaleFigures: (scope?: StaleFigureScope) => ReturnType
    }
  }
}

export const STALE_FIGURE = 'staleFigure'

interface Range {
  readonly from: number
  readonly to: number
}

/** The stale figures (contiguous marked text) in the textblock at `pos` that touch `pos`. */
export function staleFiguresAt(doc: ProseMirrorNode, pos: number, type: MarkType): Range[] {
  const $pos = doc.resolve(Math.min(Math.max(pos, 0), doc.content.size))
  const parent = $pos.parent
  if (!parent.isTextblock) return []
  const start = $pos.start()
  const figures: Range[] = []
  let open: { from: number; to: number } | null = null
  parent.forEach((child, offset) => {
    const marked = child.isText && type.isInSet(child.marks) !== undefined
    if (marked) {
      if (open === null) open = { from: start + offset, to: start + offset + child.nodeSize }
      else open.to = start + offset + child.nodeSize
    } else if (open !== null) {
      figures.push(open)
      open = null
    }
  })
  if (open !== null) figures.push(open)
  return figures.filter((figure) => figure.from <= pos && pos <= figure.to)
}

function hasMarkBetween(doc: ProseMirrorNode, from: number, to: number, type: MarkType): boolean {
  return from < to && doc.rangeHasMark(from, to, type)
}

/** Positions (in the transaction's final doc) where text holding or next to a stale figure changed. */
function editedPositions(tr: Transaction, type: MarkType): number[] {
  const positions: number[] = []
  tr.steps.forEach((step, index) => {
    // Mark steps (confirming, bold) do not change the figure's text.
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return
    const before = tr.docs[index]
    const after = tr.docs[index + 1] ?? tr.doc
    if (before === undefined) return
    const rest = tr.mapping.slice(index + 1)
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      // Deleted or replaced marked text, or text typed inside a figure (it inherits the mark).
      if (hasMarkBetween(before, oldStart, oldEnd, type) || hasMarkBetween(after, newStart, newEnd, type)) {
        positions.push(rest.map(newStart, -1), rest.map(newEnd, 1))
      }
    })
  })
  return positions
}

const editedKey = new PluginKey('staleFigureEdited')

/** Drops the mark from every stale figure whose text a transaction changed (ProseMirror plugin, usable without an editor). */
export function staleFigureEditPlugin(type: MarkType): Plugin {
  return new Plugin({
    key: editedKey,
    appendTransaction: (transactions, _oldState, newState) => {
      let positions: number[] = []
      for (const tr of transactions) {
        positions = positions.map((pos) => tr.mapping.map(pos))
        if (tr.docChanged) positions.push(...editedPositions(tr, type))
      }
      const figures = positions.flatMap((pos) => staleFiguresAt(newState.doc, pos, type))
      if (figures.length === 0) return null
      const tr = newState.tr
      for (const figure of figures) tr.removeMark(figure.from, figure.to, type)
      return tr
    },
  })
}

function hasStaleFigure(tr: Transaction, scope: StaleFigureScope): boolean {
  const type = tr.doc.type.schema.marks[STALE_FIGURE]
  if (type === undefined) return false
  if (scope === 'all') return tr.doc.rangeHasMark(0, tr.doc.content.size, type)
  return (
    staleFiguresAt(tr.doc, tr.selection.from, type).length +
      staleFiguresAt(tr.doc, tr.selection.to, type).length >
    0
  )
}

/**
 * Confirms, in `tr`, the stale figure at the cursor or all of them: the mark goes, the text stays.
 * False (and `tr` untouched) when there is none to confirm.
 */
export function confirmStaleFigures(tr: Transaction, scope: StaleFigureScope): boolean {
  const type = tr.doc.type.schema.marks[STALE_FIGURE]
  if (type === undefined) return false
  const figures =
    scope === 'all'
      ? [{ from: 0, to: tr.doc.content.size }]
      : [...staleFiguresAt(tr.doc, tr.selection.from, type), ...staleFiguresAt(tr.doc, tr.selection.to, type)]
  if (!figures.some((figure) => tr.doc.rangeHasMark(figure.from, figure.to, type))) return false
  for (const figure of figures) tr.removeMark(figure.from, figure.to, type)
  return true
}

export const StaleFigure = Mark.create({
  name: STALE_FIGURE,
  inclusive: false,
  excludes: '',

  parseHTML() {
    return [{ tag: 'span[data-stale-figure]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-stale-figure': '',
        class: 'stale-figure',
        title: '去年报告中的数字，请改为今年的实际数字或确认无误',
      }),
      0,
    ]
  },

  addCommands() {
    return {
      confirmStaleFigures:
        (scope = 'cursor') =>
        ({ tr, dispatch }) =>
          // Without dispatch (can()), only ask: removing marks from the shared tr would change it.
          dispatch === undefined ? hasStaleFigure(tr, scope) : confirmStaleFigures(tr, scope),
    }
  },

  addProseMirrorPlugins() {
    return [staleFigureEditPlugin(this.type)]
  },
})
