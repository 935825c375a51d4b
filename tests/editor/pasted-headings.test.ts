// Numbered lines pasted into the body become sub-headings: the plugin the editor runs, on a plain ProseMirror
// state of the app's schema, with the paste marked as the view marks it.
import { getSchema, type JSONContent } from '@tiptap/core'
import { Fragment, type Node as ProseMirrorNode, Slice } from '@tiptap/pm/model'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../renderer/core/report'
import { docToReport } from '../../renderer/editor/doc-to-report'
import { reportExtensions } from '../../renderer/editor/extensions'
import { noLeadingSpacesPlugin } from '../../renderer/editor/plugins/no-leading-spaces'
import { pastedHeadingsPlugin } from '../../renderer/editor/plugins/pasted-headings'
import { reportToDoc } from '../../renderer/editor/report-to-doc'
import { measuresReport } from './sample-report'

const schema = getSchema(reportExtensions)

const report: Report = measuresReport([
  { kind: 'paragraph', runs: [{ text: '全年召开专题会4次。' }], line: 2 },
  { kind: 'paragraph', runs: [], line: 3 },
])

const paragraph = (text: string): ProseMirrorNode =>
  schema.nodes['paragraph']!.create(null, text === '' ? null : schema.text(text))

/** Pastes the lines as paragraphs into the empty paragraph at the end of the part, as the view does. */
function paste(
  lines: readonly string[],
  plugins = [noLeadingSpacesPlugin(), pastedHeadingsPlugin()],
): Report {
  const state = EditorState.create({ schema, doc: schema.nodeFromJSON(reportToDoc(report)), plugins })
  const end = state.doc.content.size - 2
  const tr = state.tr
    .setSelection(TextSelection.create(state.doc, end))
    .replaceSelection(new Slice(Fragment.from(lines.map(paragraph)), 1, 1))
    .setMeta('paste', true)
  const after = state.applyTransaction(tr).state
  return docToReport(after.doc.toJSON() as JSONContent, report.meta)
}

const blocks = (pasted: Report): unknown[] =>
  pasted.parts[0]!.blocks.map((block) =>
    block.kind === 'heading'
      ? `h${String(block.level)} ${block.text}`
      : block.kind === 'paragraph'
        ? block.runs.map((run) => run.text).join('')
        : block.kind,
  )

describe('pasted numbered lines', () => {
  it('become sub-headings of their level, their typed numbers given way to the headings’ own', () => {
    const pasted = paste([
      '（一）加强组织领导',
      '　　镇党委召开专题会议4次，研究部署法治建设工作。',
      '1.完善学法制度',
      '（1）会前学法。',
      '(二) 强化执法监督',
    ])
    expect(blocks(pasted)).toEqual([
      '全年召开专题会4次。',
      'h2 加强组织领导',
      '镇党委召开专题会议4次，研究部署法治建设工作。',
      'h3 完善学法制度',
      'h4 会前学法。',
      'h2 强化执法监督',
    ])
  })

  it('stay paragraphs when they are sentences, a part heading (一、), or not numbered', () => {
    const lines = [
      '（一）是坚持学法制度。全年集中学法12次，参加人员230人次。',
      '二、推进法治政府建设存在的不足和原因',
      '1.5万元用于普法宣传',
      '一是加强组织领导',
    ]
    expect(blocks(paste(lines))).toEqual(['全年召开专题会4次。', ...lines])
  })

  it('are headings even with Word’s indent spaces before the number', () => {
    expect(blocks(paste(['　　（二）强化执法监督'], [pastedHeadingsPlugin()]))).toEqual([
      '全年召开专题会4次。',
      'h2 强化执法监督',
    ])
  })

  it('are left alone when typed: only a paste makes headings', () => {
    const state = EditorState.create({
      schema,
      doc: schema.nodeFromJSON(reportToDoc(report)),
      plugins: [pastedHeadingsPlugin()],
    })
    const typed = state.applyTransaction(
      state.tr.insertText('（一）加强组织领导', state.doc.content.size - 2),
    ).state
    expect(blocks(docToReport(typed.doc.toJSON() as JSONContent, report.meta))).toEqual([
      '全年召开专题会4次。',
      '（一）加强组织领导',
    ])
  })
})
