import { describe, expect, it } from 'vitest'
import { defaultSettings, normalizeSettings } from '../../renderer/core/settings'

describe('normalizeSettings', () => {
  it('keeps valid settings as they are', () => {
    const stored = { ...defaultSettings, signer: '张亚平', issuers: ['中共清江镇委员会', '清江镇人民政府'] }
    expect(normalizeSettings(stored)).toEqual(stored)
  })

  it('falls back to defaults for nothing, garbage and damaged values', () => {
    expect(normalizeSettings(undefined)).toEqual(defaultSettings)
    expect(normalizeSettings('garbage')).toEqual(defaultSettings)
    const damaged = normalizeSettings({ ...defaultSettings, signer: 12, fonts: { title: '' } })
    expect(damaged.fonts).toEqual(defaultSettings.fonts)
    expect(damaged.signer).toBe('')
  })

  it('keeps the valid fields of a partly damaged file', () => {
    const partly = normalizeSettings({ signer: '李四', recipients: 5 })
    expect(partly.signer).toBe('李四')
    expect(partly.recipients).toBe('')
  })
})
