// Editing actions the side panels trigger: add a missing part in its template position, insert an
// item's sentence skeleton, and jump to where a finding points.
import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Finding } from '../core/check/finding'
import type { Template } from '../core/template-schema'
import { blockPositions } from './block-positions'
import { flashKey, type FlashMeta } from './plugins/flash-highlight'
import { blockToNode } from './report-to-doc'

/** Adds a part with its standard heading after the parts that come before it in the template. */
export function insertPart(editor: Editor, template: Template, partId: string, heading: string): void {
  const order = template.parts.map((part) => part.id)
  const rank = order.indexOf(partId)
  const { doc } = editor.state
  let insertAt = doc.content.size
  let found = false
  doc.forEach((node, offset) => {
    if (found || node.type.name !== 'part') return
    const id: unknown = node.attrs['partId']
    const otherRank = typeof id === 'string' ? order.indexOf(id) : -1
    if (otherRank > rank) {
      insertAt = offset
      found = true
    }
  })
  editor
    .chain()
    .insertContentAt(insertAt, {
      type: 'part',
      attrs: { partId },
      content: [{ type: 'partHeading', content: [{ type: 'text', text: heading }] }, { type: 'paragraph' }],
    })
    // Put the cursor in the new part's empty paragraph: heading text + 2 node boundaries in.
    .setTextSelection(insertAt + heading.length + 4)
    .scrollIntoView()
    .focus()
    .run()
}

function isEmptyParagraph(node: ProseMirrorNode | null | undefined): boolean {
  return node?.type.name === 'paragraph' && node.content.size === 0
}

/**
 * Puts the sentence into the empty paragraph holding the cursor or just after it (a new part's, under its
 * heading), else into a paragraph of its own after the block holding the cursor, with 【　】 turned into fields.
 * Inserting beside an empty paragraph would leave that one behind, and it prints as an empty line.
 */
export function insertSentence(editor: Editor, text: string): void {
  const { $from } = editor.state.selection
  const depth = Math.max(1, $from.depth)
  const after = $from.after(depth)
  const next = editor.state.doc.resolve(after).nodeAfter
  const [from, to] = isEmptyParagraph($from.node(depth))
    ? [$from.before(depth), after]
    : isEmptyParagraph(next)
      ? [after, after + (next?.nodeSize ?? 0)]
      : [after, after]
  const node = blockToNode({ kind: 'paragraph', runs: [{ text }], line: null })
  editor
    .chain()
    .insertContentAt({ from, to }, node)
    .setTextSelection(from + 1)
    // Ready to type the first figure at once; when the sentence has no field the cursor stays at its start.
    .selectNextFigureField()
    .scrollIntoView()
    .focus()
    .run()
}

/** Moves the cursor to the block numbered `line` and briefly highlights it. */
export function jumpToLine(editor: Editor, line: number): boolean {
  const pos = blockPositions(editor.state.doc)[line - 1]
  if (pos === undefined) return false
  return jumpTo(editor, pos)
}

/** Where a finding points: its paragraph when it has a line, else its part's heading. */
export function jumpToFinding(editor: Editor, finding: Pick<Finding, 'line' | 'part'>): boolean {
  if (finding.line !== null && jumpToLine(editor, finding.line)) return true
  return finding.part !== null && jumpToPart(editor, finding.part)
}

export function jumpToPart(editor: Editor, partId: string): boolean {
  let target: number | null = null
  editor.state.doc.forEach((node, offset) => {
    if (target === null && node.type.name === 'part' && node.attrs['partId'] === partId) target = offset + 1
  })
  return target !== null && jumpTo(editor, target)
}

const flashMs = 1600

function jumpTo(editor: Editor, pos: number): boolean {
  editor
    .chain()
    .setTextSelection(pos + 1)
    .setMeta(flashKey, pos satisfies FlashMeta)
    .focus()
    .run()
  const dom = editor.view.nodeDOM(pos)
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' })
  window.setTimeout(() => {
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(flashKey, null satisfies FlashMeta))
  }, flashMs)
  return true
}
