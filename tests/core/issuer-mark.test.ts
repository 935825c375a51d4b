import { describe, expect, it } from 'vitest'
import {
  derivedIssuerMark,
  issuerMarkOf,
  markFromIssuers,
  signingIssuers,
} from '../../renderer/core/issuer-mark'
import { DERIVED_MARK_NOTE, derivedMarkNote } from '../../renderer/core/missing-pieces'
import { emptyMeta, type ReportMeta } from '../../renderer/core/report'
import { defaultSettings } from '../../renderer/core/settings'

const meta = (patch: Partial<ReportMeta>): ReportMeta => ({ ...emptyMeta, ...patch })
const numbered = meta({ docNumber: '新政〔2024〕5号', issuers: ['北流市新圩镇人民政府'] })
const joint = meta({
  docNumber: '新委〔2024〕5号',
  issuers: ['中共北流市新圩镇委员会', '北流市新圩镇人民政府'],
})

describe('markFromIssuers', () => {
  it('gives one body "<机关>文件" and several their names one a line, 文件 once after the last', () => {
    expect(markFromIssuers(['北流市新圩镇人民政府'])).toBe('北流市新圩镇人民政府文件')
    expect(markFromIssuers([' 中共北流市新圩镇委员会 ', '', '北流市新圩镇人民政府'])).toBe(
      '中共北流市新圩镇委员会\n北流市新圩镇人民政府文件',
    )
    expect(markFromIssuers([])).toBeNull()
    expect(markFromIssuers(['  '])).toBeNull()
  })
})

describe('issuerMarkOf', () => {
  it('makes the mark of a report with a 文号 and no mark from its 署名', () => {
    expect(issuerMarkOf(numbered, defaultSettings)).toEqual({
      text: '北流市新圩镇人民政府文件',
      derived: true,
    })
    expect(issuerMarkOf(joint, defaultSettings)).toEqual({
      text: '中共北流市新圩镇委员会\n北流市新圩镇人民政府文件',
      derived: true,
    })
  })

  it('keeps the mark the report or the settings give', () => {
    expect(issuerMarkOf({ ...numbered, issuerMark: '新圩镇人民政府文件' }, defaultSettings)).toEqual({
      text: '新圩镇人民政府文件',
      derived: false,
    })
    expect(issuerMarkOf(numbered, { ...defaultSettings, issuerMark: '新圩镇文件' })).toEqual({
      text: '新圩镇文件',
      derived: false,
    })
  })

  it('makes no mark without a 文号 (no 版头) or without a 署名', () => {
    expect(issuerMarkOf({ ...numbered, docNumber: null }, defaultSettings)).toEqual({
      text: null,
      derived: false,
    })
    expect(issuerMarkOf({ ...numbered, issuers: [] }, defaultSettings)).toEqual({
      text: null,
      derived: false,
    })
  })

  it("takes the settings' 署名 when the report has none, as the 署名 itself does", () => {
    const settings = { ...defaultSettings, issuers: ['北流市新圩镇人民政府'] }
    expect(signingIssuers({ ...numbered, issuers: [] }, settings)).toEqual(['北流市新圩镇人民政府'])
    expect(derivedIssuerMark({ ...numbered, issuers: [] }, settings)).toBe('北流市新圩镇人民政府文件')
  })
})

describe('derivedMarkNote', () => {
  it('says the mark was made from the 署名 only when it was', () => {
    expect(DERIVED_MARK_NOTE).toBe('发文机关标志按署名机关生成，可修改')
    expect(derivedMarkNote(joint, defaultSettings)).toBe(DERIVED_MARK_NOTE)
    expect(derivedMarkNote({ ...joint, issuerMark: '中共新圩镇委员会文件' }, defaultSettings)).toBeNull()
    expect(derivedMarkNote({ ...joint, docNumber: null }, defaultSettings)).toBeNull()
  })
})
