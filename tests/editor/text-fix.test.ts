// A finding's one-click correction in the editor's document: a plain ProseMirror state of the app's schema.
import { getSchema, type JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { history, undo } from '@tiptap/pm/history'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { checkReport } from '../../renderer/core/check/check-report'
import type { Finding } from '../../renderer/core/check/finding'
import type { Report } from '../../renderer/core/report'
import { docToReport } from '../../renderer/editor/doc-to-report'
import { reportExtensions } from '../../renderer/editor/extensions'
import {
  allReplacementsTransaction,
  fixedText,
  fixTransaction,
  textFixTransaction,
} from '../../renderer/editor/text-fix'
import { reportToDoc } from '../../renderer/editor/report-to-doc'
import { measuresReport } from './sample-report'

const schema = getSchema(reportExtensions)

const report: Report = measuresReport([
  {
    kind: 'paragraph',
    runs: [
      { text: '一是', bold: true },
      { text: '扎实推进法制政府建设,开展宣传' },
      { text: '41场次', stale: true },
      { text: ',覆盖群众。' },
    ],
    line: 2,
  },
  { kind: 'paragraph', runs: [{ text: '二是法制政府建设示范创建,效果明显。' }], line: 3 },
])

const start = (): EditorState => EditorState.create({ schema, doc: schema.nodeFromJSON(reportToDoc(report)) })
const blocksOf = (state: EditorState): Report['parts'][number]['blocks'] =>
  docToReport(state.doc.toJSON() as JSONContent, report.meta).parts[0]!.blocks

describe('textFixTransaction', () => {
  it('changes only the characters that differ, in the finding’s block alone, keeping the marks around them', () => {
    const state = start()
    const tr = textFixTransaction(state, 2, [
      { find: '法制政府', replace: '法治政府' },
      { find: '设,开', replace: '设，开' },
      { find: '次,覆', replace: '次，覆' },
    ])
    expect(tr).not.toBeNull()
    const [first, second] = blocksOf(state.apply(tr!))
    expect(first).toMatchObject({
      kind: 'paragraph',
      runs: [
        { text: '一是', bold: true },
        { text: '扎实推进法治政府建设，开展宣传' },
        { text: '41场次', stale: true },
        { text: '，覆盖群众。' },
      ],
    })
    // the same words in the next paragraph are that paragraph's finding, not this one's
    expect(second).toMatchObject({ runs: [{ text: '二是法制政府建设示范创建,效果明显。' }] })
  })

  it('corrects a part heading, the first block of its part', () => {
    const state = start()
    const tr = textFixTransaction(state, 1, [{ find: '2024年', replace: '2025年' }])
    const fixed = docToReport(state.apply(tr!).doc.toJSON() as JSONContent, report.meta)
    expect(fixed.parts[0]!.heading).toBe('2025年推进法治政府建设的主要举措和成效')
  })

  it('gives nothing to do when the text is no longer there', () => {
    const state = start()
    expect(textFixTransaction(state, 2, [{ find: '督查', replace: '督察' }])).toBeNull()
    expect(textFixTransaction(state, 99, [{ find: '法制政府', replace: '法治政府' }])).toBeNull()
  })
})

describe('allReplacementsTransaction', () => {
  const findingsOf = (doc: ProseMirrorNode): readonly Finding[] =>
    checkReport(docToReport(doc.toJSON() as JSONContent, report.meta), defaultTemplate()).findings

  it('makes every body correction the check offers, in one transaction, however the corrections overlap', () => {
    const state = start()
    const tr = allReplacementsTransaction(state, findingsOf)
    const after = state.apply(tr!)
    const [first, second, third] = blocksOf(after)
    // 建设,开展 and 次,覆盖: half-width commas; 法制政府 twice; the stale figure and the bold lead keep their marks
    expect(first).toMatchObject({
      runs: [
        { text: '一是', bold: true },
        { text: '扎实推进法治政府建设，开展宣传' },
        { text: '41场次', stale: true },
        { text: '，覆盖群众。' },
      ],
    })
    expect(second).toMatchObject({ runs: [{ text: '二是法治政府建设示范创建，效果明显。' }] })
    expect(third).toBeUndefined()
    expect(findingsOf(after.doc).filter((finding) => finding.fix?.kind === 'replace')).toEqual([])
    expect(allReplacementsTransaction(after, findingsOf)).toBeNull()
  })

  it('makes neighbouring corrections that name the same characters', () => {
    const overlapping = measuresReport([
      { kind: 'paragraph', runs: [{ text: '学习行政复议法,推进法制政府建设。' }], line: 2 },
    ])
    const state = EditorState.create({ schema, doc: schema.nodeFromJSON(reportToDoc(overlapping)) })
    const after = state.apply(allReplacementsTransaction(state, findingsOf)!)
    expect(blocksOf(after)[0]).toMatchObject({ runs: [{ text: '学习《行政复议法》，推进法治政府建设。' }] })
  })
})

describe('fixTransaction', () => {
  it('adds 特此报告。 as a paragraph of its own after the last block, the cursor at its end', () => {
    const state = start()
    const tr = fixTransaction(state, {
      line: 3,
      fix: { kind: 'append-paragraph', label: '加上', text: '特此报告。' },
    })
    const after = state.apply(tr!)
    const blocks = docToReport(after.doc.toJSON() as JSONContent, report.meta).parts[0]!.blocks
    expect(
      blocks.map((block) => block.kind === 'paragraph' && block.runs.map((run) => run.text).join('')),
    ).toEqual([
      '一是扎实推进法制政府建设,开展宣传41场次,覆盖群众。',
      '二是法制政府建设示范创建,效果明显。',
      '特此报告。',
    ])
    expect(after.selection.$from.parent.textContent).toBe('特此报告。')
    expect(after.selection.$from.parentOffset).toBe('特此报告。'.length)
  })
})

describe('fixTransaction: a finding counting several places', () => {
  it('corrects every block the check grouped into one finding, in one step, marks kept', () => {
    const state = start()
    const [finding] = checkReport(report, defaultTemplate()).findings.filter(
      (candidate) => candidate.rule === 'halfwidth-punctuation',
    )
    expect(finding?.message).toContain('共2处')
    const after = state.apply(fixTransaction(state, finding!)!)
    const [first, second] = blocksOf(after)
    expect(first).toMatchObject({
      runs: [
        { text: '一是', bold: true },
        { text: '扎实推进法制政府建设，开展宣传' },
        { text: '41场次', stale: true },
        { text: '，覆盖群众。' },
      ],
    })
    expect(second).toMatchObject({ runs: [{ text: '二是法制政府建设示范创建，效果明显。' }] })
  })

  it('still corrects the other blocks when the first place is gone', () => {
    const state = start()
    const tr = fixTransaction(state, {
      line: 2,
      fix: {
        kind: 'replace',
        label: '改为“法治政府”（共2处）',
        target: 'block',
        replacements: [{ find: '督查', replace: '督察' }],
        elsewhere: [{ line: 3, replacements: [{ find: '法制政府', replace: '法治政府' }] }],
      },
    })
    expect(blocksOf(state.apply(tr!))[1]).toMatchObject({
      runs: [{ text: '二是法治政府建设示范创建,效果明显。' }],
    })
  })
})

describe('a correction and Ctrl+Z', () => {
  it('is an undo step of its own, even right after typing', () => {
    let state = EditorState.create({
      schema,
      doc: schema.nodeFromJSON(reportToDoc(report)),
      plugins: [history()],
    })
    state = state.apply(state.tr.insertText('新', state.doc.content.size - 2))
    const fix = {
      kind: 'replace',
      label: '改',
      target: 'block',
      replacements: [{ find: '法制政府', replace: '法治政府' }],
    } as const
    state = state.apply(fixTransaction(state, { line: 3, fix })!)
    expect(blocksOf(state)[1]).toMatchObject({ runs: [{ text: '二是法治政府建设示范创建,效果明显。新' }] })
    undo(state, (tr) => {
      state = state.apply(tr)
    })
    expect(blocksOf(state)[1]).toMatchObject({ runs: [{ text: '二是法制政府建设示范创建,效果明显。新' }] })
  })
})

describe('fixTransaction: remove-part', () => {
  it('takes the part out, heading and all, and leaves the rest', () => {
    const withOther: Report = {
      ...report,
      parts: [
        ...report.parts,
        {
          id: 'other',
          heading: '其他需要报告的情况',
          line: 4,
          blocks: [{ kind: 'paragraph', runs: [], line: 5 }],
        },
      ],
    }
    const state = EditorState.create({ schema, doc: schema.nodeFromJSON(reportToDoc(withOther)) })
    const tr = fixTransaction(state, {
      line: 4,
      fix: { kind: 'remove-part', label: '删除此部分', partId: 'other' },
    })
    const after = docToReport(state.apply(tr!).doc.toJSON() as JSONContent, report.meta)
    expect(after.parts.map((part) => part.id)).toEqual(['measures'])
    expect(
      fixTransaction(state.apply(tr!), {
        line: 4,
        fix: { kind: 'remove-part', label: '删除此部分', partId: 'other' },
      }),
    ).toBeNull()
  })
})

describe('fixedText', () => {
  it('corrects the 标题', () => {
    expect(
      fixedText('清江镇2023年法制政府建设(年度)报告', [
        { find: '法制政府', replace: '法治政府' },
        { find: '设(年', replace: '设（年' },
        { find: '度)报', replace: '度）报' },
      ]),
    ).toBe('清江镇2023年法治政府建设（年度）报告')
  })
})
