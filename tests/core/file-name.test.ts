import { describe, expect, it } from 'vitest'
import { suggestedFileName } from '../../renderer/core/file-name'
import { emptyMeta, type ReportMeta } from '../../renderer/core/report'

const meta = (fields: Partial<ReportMeta>): ReportMeta => ({ ...emptyMeta, ...fields })

describe('suggestedFileName', () => {
  const cases: { what: string; fields: Partial<ReportMeta>; name: string }[] = [
    {
      what: 'the 标题 that names the township',
      fields: { title: '示范镇2024年法治政府建设年度报告', issuers: ['示范镇人民政府'], reportYear: 2024 },
      name: '示范镇2024年法治政府建设年度报告',
    },
    {
      what: 'the issuer before a 标题 that does not name it',
      fields: { title: '2024年法治政府建设工作情况的报告', issuers: ['示范镇人民政府'], reportYear: 2024 },
      name: '示范镇人民政府2024年法治政府建设工作情况的报告',
    },
    {
      what: 'issuer and year without a 标题',
      fields: { issuers: ['城关街道办事处'], reportYear: 2025 },
      name: '城关街道办事处2025年法治政府建设年度报告',
    },
    {
      what: 'a 标题 broken by spaces and holding characters Windows refuses',
      fields: { title: '中共示范镇委员会 示范镇人民政府 关于2024年"法治"建设的报告', issuers: [] },
      name: '中共示范镇委员会示范镇人民政府关于2024年法治建设的报告',
    },
    { what: 'nothing known', fields: {}, name: '法治政府建设年度报告' },
  ]
  for (const { what, fields, name } of cases)
    it(what, () => {
      expect(suggestedFileName(meta(fields))).toBe(name)
    })

  it('keeps a long 标题 to a name Explorer shows', () => {
    const name = suggestedFileName(meta({ title: `示范镇${'关于法治政府建设'.repeat(10)}的报告` }))
    expect(name.length).toBeLessThanOrEqual(40)
    expect(name.startsWith('示范镇关于法治政府建设')).toBe(true)
  })
})
