// 正文 indents its first line by two characters itself (GB/T 9704; the editor, the print and the Word file all
// do). Clerks used to Word and WPS type two full-width spaces for that, and text pasted from their old files or
// from a web page brings them along: left in, the paragraph would start four characters in. So spaces at the
// start of a paragraph or heading are taken out as they arrive — typed, pasted, or left there when the text before
// them is deleted (not while an input method is composing). An empty figure field (【　】, spaces under the figureField mark) is content and stays.
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { changedTextblocks } from './changed-textblocks'

const FIGURE_FIELD = 'figureField'

/** How many characters of spaces open the textblock (JS `\s` covers the ideographic space U+3000 and nbsp). */
function leadingSpaces(textblock: ProseMirrorNode): number {
  let count = 0
  for (let index = 0; index < textblock.childCount; index += 1) {
    const child = textblock.child(index)
    if (!child.isText || child.marks.some((mark) => mark.type.name === FIGURE_FIELD)) return count
    const text = child.text ?? ''
    const spaces = /^\s*/u.exec(text)?.[0].length ?? 0
    count += spaces
    if (spaces < text.length) return count
  }
  return count
}

const noLeadingSpacesKey = new PluginKey('noLeadingSpaces')

/** The deletions that take the leading spaces out of every textblock the transactions touched. */
function stripLeadingSpaces(
  transactions: readonly Transaction[],
  newTransaction: Transaction,
): Transaction | null {
  if (!transactions.some((transaction) => transaction.docChanged)) return null
  // an input method is composing: changing the text around it would break the composition; the next edit tidies up
  if (transactions.some((transaction) => transaction.getMeta('composition') !== undefined)) return null
  let changed = false
  // from the end, so the earlier positions still hold
  for (const { node, pos } of changedTextblocks(transactions, newTransaction.doc).reverse()) {
    const spaces = leadingSpaces(node)
    if (spaces === 0) continue
    newTransaction.delete(pos + 1, pos + 1 + spaces)
    changed = true
  }
  return changed ? newTransaction.setMeta(noLeadingSpacesKey, true) : null
}

export function noLeadingSpacesPlugin(): Plugin {
  return new Plugin({
    key: noLeadingSpacesKey,
    appendTransaction: (transactions, _oldState, newState) => stripLeadingSpaces(transactions, newState.tr),
  })
}

export const NoLeadingSpaces = Extension.create({
  name: 'noLeadingSpaces',

  addProseMirrorPlugins() {
    return [noLeadingSpacesPlugin()]
  },
})
