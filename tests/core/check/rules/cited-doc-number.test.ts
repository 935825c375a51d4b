import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const lead = '主动公开政府信息290条。'

describe('cited-doc-number', () => {
  it('is silent on 〔〕 and on court case numbers in （）', () => {
    expect(findingsOf(goodReport, 'cited-doc-number')).toEqual([])
    const court = breaking(lead, `${lead}按照乐政办〔2023〕12号文件要求，履行（2023）浙0382行初12号判决。`)
    expect(findingsOf(court, 'cited-doc-number')).toEqual([])
  })

  it.each(['乐政办[2023]12号', '乐政办【2023】12号', '乐政办（2023）12号', '乐政办(2023)12号'])(
    'puts the year of %s in 六角括号, all of a paragraph in one click',
    (written) => {
      const text = breaking(lead, `${lead}根据${written}和清委[2023]3号文件。`)
      const findings = findingsOf(text, 'cited-doc-number')
      expect(findings).toHaveLength(1)
      expect(findings[0]!.message).toContain('请改为“〔2023〕12号”')
      expect(findings[0]!.evidence).toContain(written)
      expect(findings[0]!.fix).toMatchObject({
        replacements: [
          { find: written.slice(3), replace: '〔2023〕12号' },
          { find: '[2023]3号', replace: '〔2023〕3号' },
        ],
      })
    },
  )
})
