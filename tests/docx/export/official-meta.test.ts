import { describe, expect, it } from 'vitest'
import { emptyMeta, type ReportMeta } from '../../../renderer/core/report'
import { defaultSettings } from '../../../renderer/core/settings'
import { officialMeta } from '../../../renderer/docx/export/official-meta'

const meta = (patch: Partial<ReportMeta>): ReportMeta => ({ ...emptyMeta, ...patch })

describe('officialMeta markLines', () => {
  it('gives a report with a 文号 but no mark the one made from its 署名, one line per body', () => {
    const joint = meta({
      docNumber: '新委〔2024〕5号',
      issuers: ['中共广西壮族自治区北流市新圩镇委员会', '北流市新圩镇人民政府'],
    })
    expect(officialMeta(joint, 'upward', defaultSettings).markLines).toEqual([
      '中共广西壮族自治区北流市新圩镇委员会',
      '北流市新圩镇人民政府文件',
    ])
    const single = meta({ docNumber: '新政〔2024〕5号', issuers: ['北流市新圩镇人民政府'] })
    expect(officialMeta(single, 'public', defaultSettings).markLines).toEqual(['北流市新圩镇人民政府文件'])
  })

  it('keeps a mark the clerk typed, and gives none to a report without a 文号', () => {
    const typed = meta({
      docNumber: '新政〔2024〕5号',
      issuers: ['北流市新圩镇人民政府'],
      issuerMark: '新圩镇文件',
    })
    expect(officialMeta(typed, 'upward', defaultSettings).markLines).toEqual(['新圩镇文件'])
    const plain = meta({ issuers: ['北流市新圩镇人民政府'] })
    expect(officialMeta(plain, 'upward', defaultSettings).markLines).toEqual([])
  })
})

describe('officialMeta 版记', () => {
  it('ends a 版记 with a 抄送 and no 印发机关 with the lead 署名 as 印发机关, dated as the report', () => {
    const copyOnly = meta({
      copyTo: '示范县司法局',
      issuers: ['中共示范镇委员会', '示范镇人民政府'],
      dateText: '2024年1月25日',
    })
    const official = officialMeta(copyOnly, 'upward', defaultSettings)
    expect(official.printedBy).toBe('中共示范镇委员会')
    expect(official.printedDateText).toBe('2024年1月25日')
  })

  it('keeps the 印发机关 named, and gives no 印发 line to a report without a 版记', () => {
    const named = meta({ copyTo: '示范县司法局', printedBy: '示范镇党政办公室', issuers: ['示范镇人民政府'] })
    expect(officialMeta(named, 'upward', defaultSettings).printedBy).toBe('示范镇党政办公室')
    const none = meta({ issuers: ['示范镇人民政府'] })
    expect(officialMeta(none, 'upward', defaultSettings).printedBy).toBeNull()
  })
})
