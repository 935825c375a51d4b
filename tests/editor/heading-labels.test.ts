import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { reportExtensions } from '../../renderer/editor/extensions'
import { headingLabels } from '../../renderer/editor/heading-labels'
import { reportToDoc } from '../../renderer/editor/report-to-doc'
import { sampleReport } from './sample-report'

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
