// The side panels' editing actions on a real editor (no view needed): an item's sentence and a missing part go
// where the writer expects them, and nothing is left behind that would print as an empty line.
import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultTemplate, findBuiltinTemplate } from '../../renderer/core/builtin-templates'
import { newReport } from '../../renderer/core/new-report'
import { defaultSettings } from '../../renderer/core/settings'
import { reportExtensions } from '../../renderer/editor/extensions'
import { insertPart, insertSentence } from '../../renderer/editor/report-commands'
import { reportToDoc } from '../../renderer/editor/report-to-doc'

let editor: Editor | null = null

afterEach(() => {
  editor?.destroy()
  editor = null
})

function open(content: JSONContent): Editor {
  editor = new Editor({ element: null, extensions: reportExtensions, content })
  return editor
}

/** The part's children as [type, text] pairs. */
function partBlocks(target: Editor, partId: string): [string, string][] {
  const blocks: [string, string][] = []
  target.state.doc.forEach((node) => {
    if (node.attrs['partId'] !== partId) return
    node.forEach((child) => blocks.push([child.type.name, child.textContent]))
  })
  return blocks
}

/** Puts the caret at the end of the part's `index`-th child. */
function caretIn(target: Editor, partId: string, index: number): void {
  let pos: number | null = null
  target.state.doc.forEach((node, offset) => {
    if (node.attrs['partId'] !== partId) return
    let childOffset = offset + 1
    node.forEach((child, _inner, childIndex) => {
      if (childIndex === index) pos = childOffset + child.nodeSize - 1
      childOffset += child.nodeSize
    })
  })
  if (pos === null) throw new Error(`no block ${String(index)} in ${partId}`)
  target.commands.setTextSelection(pos)
}

const heading = '2025年推进法治政府建设的主要举措和成效'
const sentence = '行政复议方面，行政复议案件数【　】件。'
const shown = '行政复议方面，行政复议案件数\u3000件。'

describe('insertSentence', () => {
  it('writes the sentence into the empty paragraph the caret is in', () => {
    const target = open(reportToDoc(newReport(defaultTemplate(), 2025, defaultSettings)))
    caretIn(target, 'measures', 1)
    insertSentence(target, sentence)
    expect(partBlocks(target, 'measures')).toEqual([
      ['partHeading', heading],
      ['paragraph', shown],
    ])
    // the first figure field is selected, ready to type over
    const { from, to } = target.state.selection
    expect(target.state.doc.textBetween(from, to)).toBe('\u3000')
  })

  it('fills the empty paragraph under the heading the caret is in', () => {
    const target = open(reportToDoc(newReport(defaultTemplate(), 2025, defaultSettings)))
    caretIn(target, 'measures', 0)
    insertSentence(target, sentence)
    expect(partBlocks(target, 'measures')).toEqual([
      ['partHeading', heading],
      ['paragraph', shown],
    ])
  })
})

/** The top-level parts' ids in document order. */
function partIds(target: Editor): unknown[] {
  const ids: unknown[] = []
  target.state.doc.forEach((node) => ids.push(node.attrs['partId']))
  return ids.filter((id) => id !== undefined)
}

/** The type and text of the block holding the caret, and of the block before it. */
function aroundCaret(target: Editor): [string, string][] {
  const { $from } = target.state.selection
  const index = $from.index($from.depth - 1)
  const holder = $from.node($from.depth - 1)
  return [holder.child(index - 1), holder.child(index)].map((node) => [node.type.name, node.textContent])
}

describe('insertPart', () => {
  const courtInMeasures = findBuiltinTemplate('court-in-measures')!
  const court = '履行法院生效裁判情况'

  it('adds a sub-section as a level-2 heading at the end of its parent part, replacing its empty paragraph', () => {
    const target = open(reportToDoc(newReport(courtInMeasures, 2025, defaultSettings)))
    insertPart(target, courtInMeasures, 'court-judgments', court)
    expect(partIds(target)).not.toContain('court-judgments')
    expect(partBlocks(target, 'measures')).toEqual([
      ['partHeading', heading],
      ['subHeading', court],
      ['paragraph', ''],
    ])
    let level: unknown = null
    target.state.doc.descendants((node) => {
      if (node.type.name === 'subHeading') level = node.attrs['level']
    })
    expect(level).toBe(2)
    expect(aroundCaret(target)).toEqual([
      ['subHeading', court],
      ['paragraph', ''],
    ])
  })

  it('adds a sub-section after what its parent part already holds', () => {
    const report = newReport(courtInMeasures, 2025, defaultSettings)
    const written = {
      ...report,
      parts: report.parts.map((part) =>
        part.id === 'measures'
          ? {
              ...part,
              blocks: [
                { kind: 'heading' as const, level: 2 as const, text: '加强党的领导', line: null },
                { kind: 'paragraph' as const, runs: [{ text: '全年召开党委会4次。' }], line: null },
              ],
            }
          : part,
      ),
    }
    const target = open(reportToDoc(written))
    insertPart(target, courtInMeasures, 'court-judgments', court)
    expect(partBlocks(target, 'measures')).toEqual([
      ['partHeading', heading],
      ['subHeading', '加强党的领导'],
      ['paragraph', '全年召开党委会4次。'],
      ['subHeading', court],
      ['paragraph', ''],
    ])
  })
})
