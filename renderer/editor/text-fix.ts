// A finding's one-click correction (core/check/finding.ts TextFix), made in the block it points at. Only the
// characters that change are replaced (法制政府 → 法治政府 rewrites 制 alone), so a stale figure or a bold lead next
// to them keeps its mark; the neighbours a replacement names only say which occurrence is meant.
import { closeHistory } from '@tiptap/pm/history'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { type EditorState, Selection, TextSelection, type Transaction } from '@tiptap/pm/state'
import type { Finding, ReplaceFix, TextReplacement } from '../core/check/finding'
import { positionOfLine } from './block-positions'
import { findMatches } from './find-matches'

function commonPrefix(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1
  return length
}

function commonSuffix(a: string, b: string, prefix: number): number {
  let length = 0
  while (
    length < a.length - prefix &&
    length < b.length - prefix &&
    a[a.length - 1 - length] === b[b.length - 1 - length]
  )
    length += 1
  return length
}

function replaceInBlock(tr: Transaction, blockPos: number, { find, replace }: TextReplacement): number {
  const block: ProseMirrorNode | null = tr.doc.nodeAt(blockPos)
  if (block === null) return 0
  const end = blockPos + block.nodeSize
  const prefix = commonPrefix(find, replace)
  const suffix = commonSuffix(find, replace, prefix)
  const inserted = replace.slice(prefix, replace.length - suffix)
  const matches = findMatches(tr.doc, find).filter((match) => match.from >= blockPos && match.to <= end)
  // from the end, so the earlier matches still stand where they were found
  for (const match of matches.reverse()) {
    const from = match.from + prefix
    const to = match.to - suffix
    if (inserted.length === 0) tr.delete(from, to)
    else tr.insertText(inserted, from, to)
  }
  return matches.length
}

/** Makes the replacements in the block at `line` on `tr`; how many places changed. */
function replaceInLine(tr: Transaction, line: number, replacements: readonly TextReplacement[]): number {
  const blockPos = positionOfLine(tr.doc, line)
  if (blockPos === null) return 0
  return replacements.reduce((changed, replacement) => changed + replaceInBlock(tr, blockPos, replacement), 0)
}

/**
 * Makes a replace fix's body replacements on `tr`: in the finding's block (unless the fix is for the 标题, which is
 * a metadata field) and in every other block a grouped finding counts (`elsewhere`); how many places changed.
 */
function replaceFixInBody(tr: Transaction, line: number | null, fix: ReplaceFix): number {
  const own = fix.target === 'block' && line !== null ? replaceInLine(tr, line, fix.replacements) : 0
  return (fix.elsewhere ?? []).reduce(
    (changed, place) => changed + replaceInLine(tr, place.line, place.replacements),
    own,
  )
}

/** The transaction making the replacements in the block at `line`, or null when none of them is there any more. */
export function textFixTransaction(
  state: EditorState,
  line: number,
  replacements: readonly TextReplacement[],
): Transaction | null {
  const tr = state.tr
  return replaceInLine(tr, line, replacements) > 0 ? tr : null
}

/**
 * Every replacement the findings offer in the body, in one transaction (one Ctrl+Z). Two corrections in one block
 * can name the same neighbours (行政复议法, → 《行政复议法》, and → ，), so after each round the text is checked
 * again and the corrections still found are made, until none is left. Replacing text never adds or removes a
 * block, so a finding's line still leads to its block.
 */
export function allReplacementsTransaction(
  state: EditorState,
  findingsOf: (doc: ProseMirrorNode) => readonly Finding[],
): Transaction | null {
  const tr = state.tr
  const maxRounds = 5
  for (let round = 0; round < maxRounds; round += 1) {
    let changed = 0
    for (const { fix, line } of findingsOf(tr.doc))
      if (fix?.kind === 'replace') changed += replaceFixInBody(tr, line, fix)
    if (changed === 0) break
  }
  return tr.docChanged ? closeHistory(tr) : null
}

/** A new paragraph holding `text` right after the block at `line` (in its part), the cursor at its end. */
function appendParagraph(state: EditorState, line: number, text: string): Transaction | null {
  const blockPos = positionOfLine(state.doc, line)
  const block = blockPos === null ? null : state.doc.nodeAt(blockPos)
  const paragraph = state.schema.nodes['paragraph']
  if (blockPos === null || block === null || paragraph === undefined) return null
  const at = blockPos + block.nodeSize
  const tr = state.tr.insert(at, paragraph.create(null, state.schema.text(text)))
  return tr.setSelection(TextSelection.create(tr.doc, at + 1 + text.length))
}

/** The part with that template id taken out, the cursor where it stood. */
function removePart(state: EditorState, partId: string): Transaction | null {
  let pos = 0
  for (let index = 0; index < state.doc.childCount; index += 1) {
    const node = state.doc.child(index)
    if (node.type.name === 'part' && node.attrs['partId'] === partId) {
      const tr = state.tr.delete(pos, pos + node.nodeSize)
      return tr.setSelection(Selection.near(tr.doc.resolve(Math.min(pos, tr.doc.content.size)), -1))
    }
    pos += node.nodeSize
  }
  return null
}

/** A replace fix's body replacements (its 标题 one is the app's, fixedText), or null when nothing changed. */
function bodyFixTransaction(state: EditorState, line: number | null, fix: ReplaceFix): Transaction | null {
  const tr = state.tr
  return replaceFixInBody(tr, line, fix) > 0 ? tr : null
}

/** The transaction making a finding's correction in the editor, its own undo step; null when nothing is left to do. */
export function fixTransaction(
  state: EditorState,
  finding: Pick<Finding, 'line' | 'fix'>,
): Transaction | null {
  const { fix, line } = finding
  if (fix === undefined) return null
  const tr =
    fix.kind === 'remove-part'
      ? removePart(state, fix.partId)
      : fix.kind === 'replace'
        ? bodyFixTransaction(state, line, fix)
        : line === null
          ? null
          : appendParagraph(state, line, fix.text)
  // its own undo step, even right after typing (history joins what comes within half a second)
  return tr === null ? null : closeHistory(tr)
}

/** The 标题 with the replacements made (it is a metadata field, not a block of the editor). */
export function fixedText(text: string, replacements: readonly TextReplacement[]): string {
  return replacements.reduce((current, { find, replace }) => current.replaceAll(find, replace), text)
}
