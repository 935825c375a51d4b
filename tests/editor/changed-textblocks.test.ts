// The textblocks a batch of transactions touched, read from their step maps: the paragraphs the tidying plugins
// look at after a keystroke, a paste or a mark, in the positions of the document the batch produced.
import { getSchema } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../renderer/core/report'
import { reportExtensions } from '../../renderer/editor/extensions'
import { changedTextblocks } from '../../renderer/editor/plugins/changed-textblocks'
import { reportToDoc } from '../../renderer/editor/report-to-doc'
import { sampleReport } from './sample-report'

const schema = getSchema(reportExtensions)

const texts = ['第一段。', '第二段。', '第三段。', '第四段。']
const report: Report = {
  ...sampleReport,
  preamble: texts.map((text, index) => ({ kind: 'paragraph', line: index + 1, runs: [{ text }] })),
  parts: [],
}

/** Position inside the paragraph holding `text`, after its first character. */
function inside(doc: ProseMirrorNode, text: string): number {
  let found = -1
  doc.descendants((node, pos) => {
    if (found === -1 && node.isTextblock && node.textContent === text) found = pos + 2
    return found === -1
  })
  if (found === -1) throw new Error(`no paragraph ${text}`)
  return found
}

/** Runs the transactions one after another, as a view does with a plugin's appended ones. */
function batch(builds: readonly ((state: EditorState) => Transaction)[]): {
  transactions: Transaction[]
  doc: ProseMirrorNode
} {
  let state = EditorState.create({ schema, doc: schema.nodeFromJSON(reportToDoc(report)) })
  const transactions: Transaction[] = []
  for (const build of builds) {
    const transaction = build(state)
    transactions.push(transaction)
    state = state.apply(transaction)
  }
  return { transactions, doc: state.doc }
}

const touched = (transactions: readonly Transaction[], doc: ProseMirrorNode): string[] =>
  changedTextblocks(transactions, doc).map(({ node }) => node.textContent)

describe('the textblocks a batch of transactions touched', () => {
  it('is the one paragraph a keystroke went into', () => {
    const { transactions, doc } = batch([(state) => state.tr.insertText('新', inside(state.doc, '第三段。'))])
    expect(touched(transactions, doc)).toEqual(['第新三段。'])
  })

  it('holds, in the last document, what an earlier transaction touched and a later one moved', () => {
    const { transactions, doc } = batch([
      (state) => state.tr.insertText('后', inside(state.doc, '第四段。')),
      // inserted before the fourth paragraph: its position moves by the insertion
      (state) => state.tr.insertText('前前前', inside(state.doc, '第一段。')),
    ])
    const found = changedTextblocks(transactions, doc)
    expect(found.map(({ node }) => node.textContent)).toEqual(['第前前前一段。', '第后四段。'])
    for (const { node, pos } of found) expect(doc.nodeAt(pos)).toBe(node)
  })

  it('names a paragraph a mark was put on, though no text changed', () => {
    const strong = schema.marks['bold'] ?? schema.marks['strong']
    if (strong === undefined) throw new Error('no bold mark in the schema')
    const { transactions, doc } = batch([
      (state) => {
        const from = inside(state.doc, '第二段。')
        return state.tr.addMark(from, from + 2, strong.create())
      },
    ])
    expect(touched(transactions, doc)).toEqual(['第二段。'])
  })

  it('is nothing for a transaction that changed no text', () => {
    const { transactions, doc } = batch([(state) => state.tr.setMeta('nothing', true)])
    expect(touched(transactions, doc)).toEqual([])
  })
})
