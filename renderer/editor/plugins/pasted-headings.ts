// Text pasted from last year's Word file or a colleague's draft brings its sub-headings as numbered lines:
// （一）加强组织领导 / 1.完善制度 / （1）会前学法. Pasted into the body, such a line becomes the sub-heading it is
// — read the way the importer reads a .docx or .txt (heading-level.ts) — and its typed number gives way to the
// heading's own, which renumbers with the rest. A 一、 line stays a paragraph: a part is added from the
// 完整性检查 panel, not pasted. Only pastes: typing （一） does not turn a paragraph into a heading under the cursor.
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { isHeadingLike, parseHeadingMarker } from '../../core/import/heading-level'
import { changedTextblocks } from './changed-textblocks'

const pastedHeadingsKey = new PluginKey('pastedHeadings')

/** Where a body paragraph may stand: in a part or before the first, not in a table cell or list item. */
const BODY_PARENTS = new Set(['part', 'doc'])

function headingsFromPaste(
  transactions: readonly Transaction[],
  newTransaction: Transaction,
): Transaction | null {
  if (!transactions.some((transaction) => transaction.getMeta('paste') === true)) return null
  const subHeading = newTransaction.doc.type.schema.nodes['subHeading']
  if (subHeading === undefined) return null
  let changed = false
  const touched = changedTextblocks(transactions, newTransaction.doc)
  // from the end, so the earlier positions still hold
  for (const { node, pos, parent } of touched.reverse()) {
    if (node.type.name !== 'paragraph' || !BODY_PARENTS.has(parent?.type.name ?? '')) continue
    const text = node.textContent
    // Word's indent spaces, in case they are still there (no-leading-spaces takes them out too)
    const spaces = text.length - text.trimStart().length
    const marker = parseHeadingMarker(text.slice(spaces))
    if (marker === null || marker.level === 1 || !isHeadingLike(marker.text)) continue
    newTransaction.delete(pos + 1, pos + 1 + spaces + marker.numberLength)
    newTransaction.setNodeMarkup(pos, subHeading, { level: marker.level })
    changed = true
  }
  return changed ? newTransaction.setMeta(pastedHeadingsKey, true) : null
}

export function pastedHeadingsPlugin(): Plugin {
  return new Plugin({
    key: pastedHeadingsKey,
    appendTransaction: (transactions, _oldState, newState) => headingsFromPaste(transactions, newState.tr),
  })
}

export const PastedHeadings = Extension.create({
  name: 'pastedHeadings',

  addProseMirrorPlugins() {
    return [pastedHeadingsPlugin()]
  },
})
