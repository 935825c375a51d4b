import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { reportExtensions } from '../../renderer/editor/extensions'
import { headingLabels } from '../../renderer/editor/heading-labels'
import { reportToDoc } from '../../renderer/editor/report-to-doc'
import { measuresReport, sampleReport } from './sample-report'

const schema = getSchema(reportExtensions)

function labelsOf(report: typeof sampleReport): string[] {
  const doc = schema.nodeFromJSON(reportToDoc(report))
  return headingLabels(doc).map(({ pos, label }) => `${label}${doc.nodeAt(pos)?.text?.slice(0, 4) ?? ''}`)
}

describe('headingLabels', () => {
  it('numbers parts 一、二、三 and restarts lower levels under each heading', () => {
    expect(labelsOf(sampleReport)).toEqual([
      '一、2023',
      '（一）加强党的',
      '1.会前学法',
      '（1）学法内容',
      '2.中心组学',
      '（二）行政复议',
      '二、2023',
      '（一）执法力量',
      '三、其他工作',
    ])
  })

  it('counts paragraphs run in under their own number among the headings of their level', () => {
    const report = measuresReport([
      { kind: 'paragraph', runs: [{ text: '（一）加强学习。组织干部学法。' }], line: 2 },
      { kind: 'heading', level: 2, text: '完善制度', line: 3 },
      { kind: 'paragraph', runs: [{ text: '1.健全机制。建立法律顾问制度。' }], line: 4 },
      { kind: 'heading', level: 3, text: '规范执法', line: 5 },
      // a line of figures and a 一是 series are no items
      { kind: 'paragraph', runs: [{ text: '1.全年办理复议案件2件；' }], line: 6 },
      { kind: 'paragraph', runs: [{ text: '一是加强培训。' }], line: 7 },
      { kind: 'heading', level: 3, text: '强化监督', line: 8 },
      { kind: 'paragraph', runs: [{ text: '(三)推进公开。公开信息29条。' }], line: 9 },
      { kind: 'heading', level: 2, text: '化解纠纷', line: 10 },
    ])
    expect(labelsOf(report)).toEqual([
      '一、2024',
      '（二）完善制度',
      '2.规范执法',
      '3.强化监督',
      '（四）化解纠纷',
    ])
  })

  it('counts a numbered line of figures where its number continues the count, as the export does', () => {
    const report = measuresReport([
      { kind: 'heading', level: 2, text: '规范执法', line: 2 },
      { kind: 'paragraph', runs: [{ text: '1.全年办理复议案件5件；' }], line: 3 },
      { kind: 'heading', level: 3, text: '持证上岗', line: 4 },
    ])
    expect(labelsOf(report)).toEqual(['一、2024', '（一）规范执法', '2.持证上岗'])
  })

  it('renumbers the headings after a paragraph that becomes or stops being a run-in item', async () => {
    const { EditorState } = await import('@tiptap/pm/state')
    const { headingNumbersKey, headingNumbersPlugin } =
      await import('../../renderer/editor/plugins/heading-numbers')
    const report = measuresReport([
      { kind: 'paragraph', runs: [{ text: '加强学习。组织干部学法。' }], line: 2 },
      { kind: 'heading', level: 2, text: '完善制度', line: 3 },
    ])
    let state = EditorState.create({
      schema,
      doc: schema.nodeFromJSON(reportToDoc(report)),
      plugins: [headingNumbersPlugin()],
    })
    const shown = (): string[] =>
      (headingNumbersKey.getState(state)?.decorations.find() ?? []).map(
        (decoration) => (decoration.spec as { key: string }).key,
      )
    expect(shown()).toContain('2:（一）')
    let paragraph = -1
    state.doc.descendants((node, pos) => {
      if (node.type.name === 'paragraph' && node.textContent.startsWith('加强学习')) paragraph = pos
    })
    state = state.apply(state.tr.insertText('（一）', paragraph + 1))
    expect(state.doc.nodeAt(paragraph)?.textContent).toBe('（一）加强学习。组织干部学法。')
    expect(shown()).toContain('2:（二）')
    state = state.apply(state.tr.delete(paragraph + 1, paragraph + 4))
    expect(shown()).toContain('2:（一）')
  })

  it('renumbers when a part moves', () => {
    const [measures, shortcomings, other] = sampleReport.parts
    const moved = { ...sampleReport, parts: [shortcomings!, measures!, other!] }
    expect(labelsOf(moved).filter((label) => /^[一二三]、/.test(label))).toEqual([
      '一、2023',
      '二、2023',
      '三、其他工作',
    ])
    expect(labelsOf(moved)[1]).toBe('（一）执法力量')
  })
})

describe('positionOfLine', () => {
  it('finds the block that doc-to-report numbered with that line', async () => {
    const { positionOfLine } = await import('../../renderer/editor/block-positions')
    const doc = schema.nodeFromJSON(reportToDoc(sampleReport))
    for (const [line, text] of [
      [1, '2023年，我镇'],
      [2, '2023年推进'],
      [4, '一是全年召开'],
      [13, '执法力量不足'],
      [15, '无。'],
    ] as const) {
      const pos = positionOfLine(doc, line)
      expect(pos).not.toBeNull()
      expect(doc.nodeAt(pos!)?.textContent.startsWith(text)).toBe(true)
    }
    expect(positionOfLine(doc, 99)).toBeNull()
  })
})

describe('HeadingNumbers plugin state', () => {
  it('keeps a number on every heading through typing, deleting and re-adding headings', async () => {
    const { EditorState } = await import('@tiptap/pm/state')
    const { headingNumbersKey, headingNumbersPlugin } =
      await import('../../renderer/editor/plugins/heading-numbers')
    let state = EditorState.create({
      schema,
      doc: schema.nodeFromJSON(reportToDoc(sampleReport)),
      plugins: [headingNumbersPlugin()],
    })
    const widgets = (): number => headingNumbersKey.getState(state)?.decorations.find().length ?? -1
    const positions = (): number[] =>
      (headingNumbersKey.getState(state)?.decorations.find() ?? []).map((d) => d.from).sort((a, b) => a - b)
    const expected = (): number[] => headingLabels(state.doc).map((label) => label.pos)

    expect(positions()).toEqual(expected())
    state = state.apply(state.tr.insertText('很多字', 5))
    expect(positions()).toEqual(expected())

    // In one transaction, replace the level-4 heading by a new level-4 heading: the shape stays the same.
    const sub = headingLabels(state.doc).find((label) => label.level === 4)!
    const $sub = state.doc.resolve(sub.pos)
    const heading = schema.nodes['subHeading']!.create({ level: 4 }, schema.text('新'))
    state = state.apply(state.tr.replaceWith($sub.before(), $sub.after(), heading))
    expect(widgets()).toBe(headingLabels(state.doc).length)
    expect(positions()).toEqual(expected())
  })
})
