// Editing actions the side panels trigger: add a missing part in its template position, insert an
// item's sentence skeleton, and jump to where a finding points.
import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Finding } from '../core/check/finding'
import type { Template } from '../core/template-schema'
import { blockPositions } from './block-positions'
import { flashKey, type FlashMeta } from './plugins/flash-highlight'
import { blockToNode } from './report-to-doc'

/** Where a top-level part goes: before the first part that comes after it in the template, else at the end. */
function topLevelPosition(doc: ProseMirrorNode, template: Template, partId: string): number {
  const order = template.parts.map((part) => part.id)
  const rank = order.indexOf(partId)
  let insertAt: number | null = null
  doc.forEach((node, offset) => {
    if (insertAt !== null || node.type.name !== 'part') return
    const id: unknown = node.attrs['partId']
    if (typeof id === 'string' && order.indexOf(id) > rank) insertAt = offset
  })
  return insertAt ?? doc.content.size
}

/**
 * Where a sub-section goes: the end of its parent part, taking the place of an empty paragraph left there (a new
 * report's) so no blank line stays above it. Null when the report has no such part.
 */
function subSectionRange(doc: ProseMirrorNode, parentId: string): { from: number; to: number } | null {
  let range: { from: number; to: number } | null = null
  doc.forEach((node, offset) => {
    if (range !== null || node.type.name !== 'part' || node.attrs['partId'] !== parentId) return
    const end = offset + node.nodeSize - 1
    const last = node.lastChild
    range =
      isEmptyParagraph(last) && node.childCount > 1
        ? { from: end - (last?.nodeSize ?? 0), to: end }
        : { from: end, to: end }
  })
  return range
}

/**
 * Adds a missing part with its standard heading where the template places it: a sub-section (placement `sub`) as
 * a level-2 heading at the end of its parent part, any other part as a part of its own after the parts that come
 * before it in the template. A sub-section whose parent the report lacks becomes a part of its own, so the
 * writer still gets it. The cursor waits in the new empty paragraph under the heading.
 */
export function insertPart(editor: Editor, template: Template, partId: string, heading: string): void {
  const part = template.parts.find((candidate) => candidate.id === partId)
  const { doc } = editor.state
  const sub =
    part?.placement === 'sub' && part.parent !== undefined ? subSectionRange(doc, part.parent) : null
  const headingText = [{ type: 'text', text: heading }]
  const top = topLevelPosition(doc, template, partId)
  const [range, content] =
    sub !== null
      ? [sub, [{ type: 'subHeading', attrs: { level: 2 }, content: headingText }, { type: 'paragraph' }]]
      : [
          { from: top, to: top },
          [
            {
              type: 'part',
              attrs: { partId },
              content: [{ type: 'partHeading', content: headingText }, { type: 'paragraph' }],
            },
          ],
        ]
  // Into the new empty paragraph: past the heading's text and its two boundaries, and into the part for a new one.
  const caret = range.from + heading.length + (sub !== null ? 3 : 4)
  editor.chain().insertContentAt(range, content).setTextSelection(caret).scrollIntoView().focus().run()
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
