// Draws the heading numbers in front of each heading as non-editable widgets, so they cannot be typed
// over or drift out of order.
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { headingLabels, listedLineOf, runInLevel } from '../heading-labels'

interface NumbersState {
  /** The heading structure the decorations were made for: numbers depend on nothing else. */
  readonly shape: string
  readonly decorations: DecorationSet
}

export const headingNumbersKey = new PluginKey<NumbersState>('headingNumbers')

/** A run-in item of level 2, 3 or 4 in the shape: counted like a heading, but drawn no number. */
const RUN_IN_MARKS = ['', '', 'b', 'c', 'd'] as const

/** A part's or a block's share of the shape (headingShape), kept per node: see partShape. */
const shapes = new WeakMap<ProseMirrorNode, string>()

function blockShape(child: ProseMirrorNode): string {
  if (child.type.name === 'subHeading') return String(child.attrs['level'])
  if (child.type.name === 'partHeading') return ''
  const level = runInLevel(child)
  if (level !== null) return RUN_IN_MARKS[level]
  // a numbered list line counts by its number (HeadingCounter.listed): the number is part of the shape
  const line = listedLineOf(child)
  return line === null ? '.' : `[${String(line.level)}:${String(line.value)}]`
}

function remembered(node: ProseMirrorNode, shapeOf: (node: ProseMirrorNode) => string): string {
  let shape = shapes.get(node)
  if (shape === undefined) {
    shape = shapeOf(node)
    shapes.set(node, shape)
  }
  return shape
}

/**
 * A keystroke makes a new paragraph and a new part around it; every other node of the report is the very object
 * it was before (ProseMirror shares what did not change), so its shape is looked up, not read again.
 */
function partShape(part: ProseMirrorNode): string {
  let shape = 'P'
  part.forEach((child) => (shape += remembered(child, blockShape)))
  return shape
}

/**
 * Which headings there are, in order, and their levels, with the run-in items counted among them; typing inside a
 * paragraph leaves it unchanged unless it makes or unmakes a run-in number.
 */
function headingShape(doc: ProseMirrorNode): string {
  let shape = ''
  doc.forEach((node) => {
    if (node.type.name === 'part') shape += remembered(node, partShape)
  })
  return shape
}

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

/** The plugin alone, so it can be tested on a bare EditorState. */
export function headingNumbersPlugin(): Plugin<NumbersState> {
  return new Plugin<NumbersState>({
    key: headingNumbersKey,
    state: {
      init: (_config, state) => ({ shape: headingShape(state.doc), decorations: decorate(state.doc) }),
      apply: (transaction, previous) => {
        if (!transaction.docChanged) return previous
        // Keystrokes in body text only move the widgets; rebuild them when the headings change.
        const shape = headingShape(transaction.doc)
        if (shape === previous.shape) {
          const mapped = previous.decorations.map(transaction.mapping, transaction.doc)
          // A heading deleted and another inserted keeps the shape but loses its widget: rebuild then.
          const headings = shape.replace(/[.bcd]/g, '').length
          if (mapped.find().length === headings) return { shape, decorations: mapped }
        }
        return { shape, decorations: decorate(transaction.doc) }
      },
    },
    props: {
      decorations: (state) => headingNumbersKey.getState(state)?.decorations,
    },
  })
}

export const HeadingNumbers = Extension.create({
  name: 'headingNumbers',

  addProseMirrorPlugins() {
    return [headingNumbersPlugin()]
  },
})
