import { describe, expect, it } from 'vitest'
import { rememberDefaults } from '../../renderer/core/remember-defaults'
import { emptyMeta } from '../../renderer/core/report'
import { defaultSettings } from '../../renderer/core/settings'

describe('rememberDefaults', () => {
  it('takes what the report filled in, and the 机关代字 out of the 文号', () => {
    const next = rememberDefaults(defaultSettings, {
      ...emptyMeta,
      issuerMark: '中共清江镇委员会',
      docNumber: '清委〔2025〕9号',
      signer: '张亚平',
      recipients: '中共乐清市委、乐清市人民政府',
      issuers: ['中共清江镇委员会', '清江镇人民政府'],
      copyTo: '中共乐清市委全面依法治市委员会办公室',
      printedBy: '清江镇党政综合办公室',
    })
    expect(next).toEqual({
      ...defaultSettings,
      issuerMark: '中共清江镇委员会',
      docNumberPrefix: '清委',
      signer: '张亚平',
      recipients: '中共乐清市委、乐清市人民政府',
      issuers: ['中共清江镇委员会', '清江镇人民政府'],
      copyTo: '中共乐清市委全面依法治市委员会办公室',
      printedBy: '清江镇党政综合办公室',
    })
  })

  it('keeps earlier defaults where the report left a field empty', () => {
    const earlier = {
      ...defaultSettings,
      signer: '张亚平',
      issuers: ['清江镇人民政府'],
      docNumberPrefix: '清委',
    }
    expect(rememberDefaults(earlier, { ...emptyMeta, signer: '  ', docNumber: '不规范的文号' })).toEqual(
      earlier,
    )
  })
})
