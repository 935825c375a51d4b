// Pasting: the characters XML forbids never reach the document, and a pasted paragraph longer than a paragraph may
// be (limits.ts) is split into paragraphs that can be saved.
import { getSchema } from '@tiptap/core'
import { Fragment, Slice } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { limits } from '../../renderer/core/limits'
import { reportExtensions } from '../../renderer/editor/extensions'
import { plainTextPastePlugin, plainTextSlice } from '../../renderer/editor/plugins/plain-text-paste'
import { paragraphPieces } from '../../renderer/core/paragraph-pieces'

const schema = getSchema(reportExtensions)

const texts = (slice: Slice): string[] => {
  const found: string[] = []
  slice.content.forEach((node) => found.push(node.textContent))
  return found
}

describe('plain text paste', () => {
  it('takes out the characters XML forbids', () => {
    expect(texts(plainTextSlice(schema, '全年\x01召开\uFFFF专题会\uD8004次。\f第二段。'))).toEqual([
      '全年召开专题会4次。',
      '第二段。',
    ])
  })

  it('splits a paragraph longer than a paragraph may be, after a full stop', () => {
    const long = `${'字'.repeat(limits.maxTextChars - 10)}。${'句'.repeat(100)}`
    const pasted = texts(plainTextSlice(schema, long))
    expect(pasted.map((text) => text.length)).toEqual([limits.maxTextChars - 9, 100])
    expect(pasted.join('')).toBe(long)
  })

  it('splits where it must when there is no full stop, never inside a surrogate pair', () => {
    expect(paragraphPieces('𠀀𠀀𠀀', 3)).toEqual(['𠀀', '𠀀', '𠀀'])
  })
})

describe('paste from Word or a web page', () => {
  it('takes out the characters XML forbids from the pasted HTML', () => {
    const paragraph = schema.nodes['paragraph']!
    const dirty = new Slice(
      Fragment.from(paragraph.create(null, schema.text('复制\uFFFE来的\x07文字'))),
      1,
      1,
    )
    const plugin = plainTextPastePlugin()
    // the view is not read: the plugin only maps the slice
    const pasted = plugin.props.transformPasted?.call(plugin, dirty, null as never, true) ?? dirty
    expect(texts(pasted)).toEqual(['复制来的文字'])
  })
})
