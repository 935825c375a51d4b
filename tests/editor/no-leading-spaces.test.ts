// Spaces at the start of a paragraph: the plugin the editor runs, on a plain ProseMirror state of the app's schema.
import { getSchema } from '@tiptap/core'
import { Fragment, type Node as ProseMirrorNode, Slice } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { history, undo } from '@tiptap/pm/history'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../renderer/core/report'
import { reportExtensions } from '../../renderer/editor/extensions'
import { noLeadingSpacesPlugin } from '../../renderer/editor/plugins/no-leading-spaces'
import { reportToDoc } from '../../renderer/editor/report-to-doc'
import { sampleReport } from './sample-report'

const schema = getSchema(reportExtensions)
const field = schema.marks['figureField']!

const report: Report = {
  ...sampleReport,
  preamble: [
    { kind: 'paragraph', line: 1, runs: [{ text: '一是加强组织领导。' }] },
    { kind: 'paragraph', line: 2, runs: [{ text: '二是 2024 年完善制度。' }] },
  ],
  parts: [],
}

function start(doc: ProseMirrorNode = schema.nodeFromJSON(reportToDoc(report))): EditorState {
  return EditorState.create({ schema, doc, plugins: [history(), noLeadingSpacesPlugin()] })
}

/** Applies a transaction as the view does, with the plugins' appended transactions. */
function apply(state: EditorState, build: (state: EditorState) => EditorState['tr']): EditorState {
  return state.applyTransaction(build(state)).state
}

function paragraphs(doc: ProseMirrorNode): string[] {
  const texts: string[] = []
  doc.descendants((node) => {
    if (node.type.name === 'paragraph') texts.push(node.textContent)
    return true
  })
  return texts
}

const startOf = (doc: ProseMirrorNode, index: number): number => {
  let found = -1
  let seen = 0
  doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph') {
      if (seen === index) found = pos + 1
      seen += 1
    }
    return found < 0
  })
  return found
}

describe('no spaces at the start of a paragraph', () => {
  it('takes out full-width spaces typed at the start, and leaves the cursor there', () => {
    const state = start()
    const at = startOf(state.doc, 0)
    const typed = apply(state, (s) => s.tr.setSelection(TextSelection.create(s.doc, at)).insertText('　　'))
    expect(paragraphs(typed.doc)).toEqual(['一是加强组织领导。', '二是 2024 年完善制度。'])
    expect(typed.selection.from).toBe(at)
  })

  it('takes them out of every pasted paragraph: full-width, ASCII, tab and nbsp', () => {
    // the clerk starts a new paragraph and pastes two paragraphs of last year's Word file
    const state = apply(start(), (s) => s.tr.split(startOf(s.doc, 1) - 2))
    expect(paragraphs(state.doc)).toEqual(['一是加强组织领导。', '', '二是 2024 年完善制度。'])
    const pasted = new Slice(
      Fragment.from([
        schema.nodes['paragraph']!.create(null, schema.text('　　三是严格规范执法。')),
        schema.nodes['paragraph']!.create(null, schema.text('  \t\u00a0四是强化监督。')),
      ]),
      1,
      1,
    )
    const at = startOf(state.doc, 1)
    const after = apply(state, (s) =>
      s.tr.setSelection(TextSelection.create(s.doc, at)).replaceSelection(pasted),
    )
    expect(paragraphs(after.doc)).toEqual([
      '一是加强组织领导。',
      '三是严格规范执法。',
      '四是强化监督。',
      '二是 2024 年完善制度。',
    ])
  })

  it('keeps spaces inside the text', () => {
    const state = start()
    const typed = apply(state, (s) => s.tr.insertText(' ', startOf(s.doc, 1) + 2))
    expect(paragraphs(typed.doc)[1]).toBe('二是  2024 年完善制度。')
  })

  it('takes out the space left at the start when the words before it are deleted', () => {
    const state = start()
    const from = startOf(state.doc, 1)
    const deleted = apply(state, (s) => s.tr.delete(from, from + 2))
    expect(paragraphs(deleted.doc)[1]).toBe('2024 年完善制度。')
  })

  it('keeps an empty figure field that opens a paragraph', () => {
    const state = start()
    const at = startOf(state.doc, 0)
    const withField = apply(state, (s) =>
      s.tr.insert(at, schema.text('　', [field.create()])).insertText('件', at + 1),
    )
    expect(paragraphs(withField.doc)[0]).toBe('　件一是加强组织领导。')
  })

  it('leaves the text alone while an input method composes', () => {
    const state = start()
    const composing = apply(state, (s) => s.tr.insertText('　', startOf(s.doc, 0)).setMeta('composition', 1))
    expect(paragraphs(composing.doc)[0]).toBe('　一是加强组织领导。')
  })

  it('undoes the typing and the tidying as one step', () => {
    const state = start()
    const typed = apply(state, (s) => s.tr.insertText('　　', startOf(s.doc, 0)))
    const typedMore = apply(typed, (s) => s.tr.insertText('新', startOf(s.doc, 0)))
    let undone = typedMore
    undo(undone, (tr) => {
      undone = undone.apply(tr)
    })
    expect(paragraphs(undone.doc)).toEqual(paragraphs(state.doc))
  })
})
