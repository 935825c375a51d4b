import { describe, expect, it } from 'vitest'
import { splitLongParagraphs } from '../../renderer/core/paragraph-pieces'
import type { Block } from '../../renderer/core/report'

describe('splitLongParagraphs', () => {
  it('cuts a long paragraph after a full stop and keeps each run’s formatting', () => {
    const block: Block = {
      kind: 'paragraph',
      runs: [{ text: '一是加强学习。', bold: true }, { text: '全年开展学法12次。再开展普法。' }],
      line: 3,
    }
    const pieces = splitLongParagraphs([block], 10)
    expect(pieces).toEqual([
      { kind: 'paragraph', runs: [{ text: '一是加强学习。', bold: true }], line: 3 },
      { kind: 'paragraph', runs: [{ text: '全年开展学法12次。' }], line: 3 },
      { kind: 'paragraph', runs: [{ text: '再开展普法。' }], line: 3 },
    ])
  })

  it('leaves paragraphs within the limit and other blocks as they are', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: '一、主要举措', line: 1 },
      { kind: 'paragraph', runs: [{ text: '短段。' }], line: 2 },
    ]
    expect(splitLongParagraphs(blocks, 12)).toEqual(blocks)
  })
})
