import { describe, expect, it } from 'vitest'
import { titleAsTyped } from '../../../renderer/docx/import/core-title'

describe('the title as typed, from the document properties', () => {
  const cases = [
    {
      what: 'a typed space the body lost at a line break comes back',
      body: '中共某镇委员会某镇人民政府关于2025年法治政府建设情况的报告',
      property: '中共某镇委员会 某镇人民政府 关于2025年法治政府建设情况的报告',
      expected: '中共某镇委员会 某镇人民政府 关于2025年法治政府建设情况的报告',
    },
    {
      what: 'a title edited in Word since keeps the body’s words',
      body: '某镇人民政府关于2025年法治政府建设工作情况的报告',
      property: '某镇人民政府关于2024年法治政府建设情况的报告',
      expected: '某镇人民政府关于2025年法治政府建设工作情况的报告',
    },
    {
      what: 'no property title',
      body: '某镇2025年法治政府建设年度报告',
      property: null,
      expected: '某镇2025年法治政府建设年度报告',
    },
    { what: 'no body title', body: null, property: '某镇2025年法治政府建设年度报告', expected: null },
  ] as const
  for (const { what, body, property, expected } of cases)
    it(what, () => {
      expect(titleAsTyped(body, property)).toBe(expected)
    })
})
