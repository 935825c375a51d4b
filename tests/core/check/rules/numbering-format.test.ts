import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const paragraph = '（六）推进政务公开。主动公开政府信息290条。'

describe('numbering-format', () => {
  it('is silent on the four standard forms and on 一是', () => {
    expect(findingsOf(goodReport, 'numbering-format')).toEqual([])
  })

  it.each([
    ['六)推进政务公开。', '“六、”或“（六）”'],
    ['（六推进政务公开。', '“（六）”'],
    ['六，推进政务公开。', '“六、”'],
    ['6)推进政务公开。', '“（6）”'],
  ])('flags %s', (written, should) => {
    const findings = findingsOf(breaking(paragraph, `${written}主动公开政府信息290条。`), 'numbering-format')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toContain(`应写作${should}`)
    expect(findings[0]!.severity).toBe('warning')
  })
})
