// The paginator's page breaks, on flows of plain lines: a line that does not fit opens the next page, and a page
// break inside a paragraph (`breakBefore`, signature-carry.ts) ends its page at that line however much room is left.
import { describe, expect, it } from 'vitest'
import type { FlowParagraph } from '../../../renderer/docx/layout/flow-line'
import { paginate } from '../../../renderer/docx/layout/paginate'

const LINE = 10
const paragraph = (lines: number, extra: Partial<FlowParagraph> = {}): FlowParagraph => ({
  before: 0,
  lines: Array.from({ length: lines }, () => ({ height: LINE, items: [] })),
  ...extra,
})
const pagesOf = (flow: FlowParagraph[], height: number) =>
  paginate(flow, height).lines.map(
    (line) => `${String(line.paragraph)}.${String(line.index)}@${String(line.page)}`,
  )

describe('paginate', () => {
  it('fills a page line by line and carries the rest of a paragraph over', () => {
    expect(pagesOf([paragraph(3), paragraph(4)], 5 * LINE)).toEqual([
      '0.0@0',
      '0.1@0',
      '0.2@0',
      '1.0@0',
      '1.1@0',
      '1.2@1',
      '1.3@1',
    ])
  })

  it('ends the page at a page break inside a paragraph, with room left on it', () => {
    expect(pagesOf([paragraph(1), paragraph(4, { breakBefore: 2 }), paragraph(1)], 10 * LINE)).toEqual([
      '0.0@0',
      '1.0@0',
      '1.1@0',
      '1.2@1',
      '1.3@1',
      '2.0@1',
    ])
  })

  it('breaks where the page is full first, and again at the page break on the next page', () => {
    expect(pagesOf([paragraph(6, { breakBefore: 4 })], 3 * LINE)).toEqual([
      '0.0@0',
      '0.1@0',
      '0.2@0',
      '0.3@1',
      '0.4@2',
      '0.5@2',
    ])
  })
})
