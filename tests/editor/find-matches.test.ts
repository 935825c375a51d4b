import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { reportExtensions } from '../../renderer/editor/extensions'
import { findMatches } from '../../renderer/editor/find-matches'
import { reportToDoc } from '../../renderer/editor/report-to-doc'
import { sampleReport } from './sample-report'

const doc = getSchema(reportExtensions).nodeFromJSON(reportToDoc(sampleReport))
const textAt = (match: { from: number; to: number }): string => doc.textBetween(match.from, match.to)

describe('findMatches', () => {
  it('finds every occurrence, in headings and body, at the right positions', () => {
    const matches = findMatches(doc, '2023年')
    expect(matches).toHaveLength(3)
    for (const match of matches) expect(textAt(match)).toBe('2023年')
  })

  it('finds a term that crosses a bold boundary inside one paragraph', () => {
    const [match] = findMatches(doc, '一是全年')
    expect(match).toBeDefined()
    expect(textAt(match!)).toBe('一是全年')
  })

  it('finds text inside table cells and list items', () => {
    expect(findMatches(doc, '行政诉讼').map(textAt)).toEqual(['行政诉讼'])
    expect(findMatches(doc, '第二项').map(textAt)).toEqual(['第二项'])
  })

  it('finds nothing for an empty term or text that is not there', () => {
    expect(findMatches(doc, '')).toEqual([])
    expect(findMatches(doc, '法制政府')).toEqual([])
  })
})
