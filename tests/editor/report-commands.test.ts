// The side panels' editing actions on a real editor (no view needed): an item's sentence and a missing part go
// where the writer expects them, and nothing is left behind that would print as an empty line.
import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { newReport } from '../../renderer/core/new-report'
import { defaultSettings } from '../../renderer/core/settings'
import { reportExtensions } from '../../renderer/editor/extensions'
import { insertSentence } from '../../renderer/editor/report-commands'
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
