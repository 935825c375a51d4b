import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const lead = '主动公开政府信息290条。'

describe('document-period', () => {
  it('is silent on the periods the documents were issued for', () => {
    expect(findingsOf(goodReport, 'document-period')).toEqual([])
    const right = `${lead}贯彻《法治政府建设实施纲要（2021—2025年）》和《法治社会建设实施纲要（2020—2025年）》。`
    expect(findingsOf(breaking(lead, right), 'document-period')).toEqual([])
  })

  it('flags a wrong period and offers the nearest right one', () => {
    const text = breaking(lead, `${lead}贯彻《法治政府建设实施纲要（2020-2025年）》。`)
    const [finding] = findingsOf(text, 'document-period')
    expect(finding?.message).toContain('《法治政府建设实施纲要（2021—2025年）》')
    expect(finding?.fix).toMatchObject({
      replacements: [
        { find: '法治政府建设实施纲要（2020-2025年）', replace: '法治政府建设实施纲要（2021—2025年）' },
      ],
    })
  })

  it('reads the documents from the template data', async () => {
    const { findBuiltinTemplate } = await import('../../../../renderer/core/builtin-templates')
    const titles = findBuiltinTemplate('standard-2019')!.citedDocuments.map((document) => document.title)
    expect(titles).toContain('法治政府建设实施纲要')
  })
})
