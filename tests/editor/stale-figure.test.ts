// The staleFigure mark on a plain ProseMirror state built from the app's schema: no DOM needed, the
// plugin and the command logic are the ones the editor runs.
import { getSchema } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../renderer/core/report'
import { docToReport } from '../../renderer/editor/doc-to-report'
import { reportExtensions } from '../../renderer/editor/extensions'
import {
  confirmStaleFigures,
  STALE_FIGURE,
  staleFigureEditPlugin,
} from '../../renderer/editor/marks/stale-figure'
import { reportToDoc } from '../../renderer/editor/report-to-doc'
import { sampleReport } from './sample-report'

const schema = getSchema(reportExtensions)
const staleType = schema.marks[STALE_FIGURE]!

const report: Report = {
  ...sampleReport,
  preamble: [
    {
      kind: 'paragraph',
      line: 1,
      runs: [
        { text: '全年开展普法宣传' },
        { text: '41场次', stale: true },
        { text: '，受理信访' },
        { text: '236件', stale: true },
        { text: '。' },
      ],
    },
  ],
  parts: [],
}

function start(): EditorState {
  return EditorState.create({
    schema,
    doc: schema.nodeFromJSON(reportToDoc(report)),
    plugins: [staleFigureEditPlugin(staleType)],
  })
}

function staleTexts(doc: ProseMirrorNode): string[] {
  const texts: string[] = []
  doc.descendants((node) => {
    if (node.isText && staleType.isInSet(node.marks) !== undefined) texts.push(node.text ?? '')
  })
  return texts
}

/** Position just after the first occurrence of `text`. */
function after(doc: ProseMirrorNode, text: string): number {
  let found = -1
  doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text?.includes(text) === true)
      found = pos + node.text.indexOf(text) + text.length
  })
  if (found < 0) throw new Error(`not in doc: ${text}`)
  return found
}

describe('staleFigure mark', () => {
  it('carries Run.stale into the editor and back', () => {
    const doc = reportToDoc(report)
    expect(staleTexts(schema.nodeFromJSON(doc))).toEqual(['41场次', '236件'])
    expect(docToReport(doc, report.meta).preamble).toEqual(report.preamble)
  })

  it('drops the mark from a figure as soon as its text is edited, and only from that one', () => {
    const state = start()
    const pos = after(state.doc, '41')
    const edited = state.apply(state.tr.insertText('3', pos))
    expect(staleTexts(edited.doc)).toEqual(['236件'])
    expect(edited.doc.textContent).toContain('413场次')
  })

  it('counts deleting part of a figure as editing it', () => {
    const state = start()
    const end = after(state.doc, '236件')
    const edited = state.apply(state.tr.delete(end - 1, end))
    expect(staleTexts(edited.doc)).toEqual(['41场次'])
  })

  it('keeps the mark when text is typed next to a figure or elsewhere', () => {
    const state = start()
    const typedAfter = state.apply(state.tr.insertText('左右', after(state.doc, '41场次')))
    expect(staleTexts(typedAfter.doc)).toEqual(['41场次', '236件'])
    const typedElsewhere = state.apply(state.tr.insertText('全面', after(state.doc, '全年')))
    expect(staleTexts(typedElsewhere.doc)).toEqual(['41场次', '236件'])
  })

  it('confirms the figure at the cursor, then all of them', () => {
    let state = start()
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, after(state.doc, '23'))))
    const atCursor = state.tr
    expect(confirmStaleFigures(atCursor, 'cursor')).toBe(true)
    state = state.apply(atCursor)
    expect(staleTexts(state.doc)).toEqual(['41场次'])
    expect(state.doc.textContent).toContain('236件')

    const all = state.tr
    expect(confirmStaleFigures(all, 'all')).toBe(true)
    state = state.apply(all)
    expect(staleTexts(state.doc)).toEqual([])
    expect(confirmStaleFigures(state.tr, 'all')).toBe(false)
    expect(
      docToReport(state.doc.toJSON() as ReturnType<typeof reportToDoc>, report.meta).preamble[0],
    ).toEqual({
      kind: 'paragraph',
      line: 1,
      runs: [{ text: '全年开展普法宣传41场次，受理信访236件。' }],
    })
  })
})

describe('staleFigure mark in table cells and list items', () => {
  const tableReport: Report = {
    ...sampleReport,
    preamble: [
      {
        kind: 'table',
        line: 1,
        header: true,
        rows: [
          ['项目', '件数'],
          ['行政复议', '12'],
          ['行政诉讼', '应诉3件'],
        ],
        cellRuns: [
          [[{ text: '项目' }], [{ text: '件数' }]],
          [[{ text: '行政复议' }], [{ text: '12', stale: true }]],
          [[{ text: '行政诉讼' }], [{ text: '应诉' }, { text: '3件', stale: true }]],
        ],
      },
      {
        kind: 'list',
        line: 2,
        ordered: true,
        items: ['培训干部120人次', '完善制度'],
        itemRuns: [[{ text: '培训干部' }, { text: '120人次', stale: true }], [{ text: '完善制度' }]],
      },
    ],
    parts: [],
  }
  const tableState = (): EditorState =>
    EditorState.create({
      schema,
      doc: schema.nodeFromJSON(reportToDoc(tableReport)),
      plugins: [staleFigureEditPlugin(staleType)],
    })
  const back = (state: EditorState): Report['preamble'] =>
    docToReport(state.doc.toJSON() as ReturnType<typeof reportToDoc>, tableReport.meta).preamble

  it('carries the marks of cells and items into the editor and back', () => {
    const state = tableState()
    expect(staleTexts(state.doc)).toEqual(['12', '3件', '120人次'])
    expect(back(state)).toEqual(tableReport.preamble)
  })

  it('drops a cell’s mark when its figure is edited, and the table’s runs once none is left', () => {
    let state = tableState()
    // typed inside the figure (1|2): an edit of it, unlike text typed after it
    state = state.apply(state.tr.insertText('5', after(state.doc, '1')))
    expect(staleTexts(state.doc)).toEqual(['3件', '120人次'])
    state = state.apply(state.tr.insertText('0', after(state.doc, '应诉') + 1))
    const [table, list] = back(state)
    expect(table).toMatchObject({
      kind: 'table',
      rows: [
        ['项目', '件数'],
        ['行政复议', '152'],
        ['行政诉讼', '应诉30件'],
      ],
    })
    expect(table).not.toHaveProperty('cellRuns')
    expect(list).toHaveProperty('itemRuns')
    const all = state.tr
    expect(confirmStaleFigures(all, 'all')).toBe(true)
    expect(back(state.apply(all))[1]).not.toHaveProperty('itemRuns')
  })
})
