import { describe, expect, it } from 'vitest'
import { breaking, findingsOf, goodReport } from '../good-report'

const lead = '主动公开政府信息290条。'

function countFindings(sentence: string): ReturnType<typeof findingsOf> {
  return findingsOf(breaking(lead, `${lead}${sentence}`), 'count-numerals')
}

describe('count-numerals', () => {
  it('is silent on arabic counts', () => {
    expect(findingsOf(goodReport, 'count-numerals')).toEqual([])
  })

  it.each([
    ['开展普法活动二十五场。', '二十五场', '25场'],
    ['调解纠纷一百零五件。', '一百零五件', '105件'],
    ['培训干部十二次。', '十二次', '12次'],
    ['覆盖群众三千二百人次。', '三千二百人次', '3200人次'],
    ['参加培训一百一十人。', '一百一十人', '110人'],
  ])('flags “%s” and offers arabic digits in one click', (sentence, written, arabic) => {
    const [finding] = countFindings(sentence)
    expect(finding?.evidence).toContain(written)
    expect(finding).toMatchObject({
      severity: 'warning',
      fix: { kind: 'replace', replacements: [{ find: written, replace: arabic }] },
    })
    expect(finding?.message).toContain(`应写作“${arabic}”`)
  })

  it.each([
    '开展普法活动十余场。',
    '召开会议二十多次。',
    '召开第十二次党代会。',
    '开展送法下乡三次。',
    '组建百人宣讲团。',
    '法治宣传走进千家万户。',
    '开展“十个一”活动。',
  ])('leaves “%s” alone', (sentence) => {
    expect(countFindings(sentence)).toEqual([])
  })

  it('counts every place in a paragraph and corrects them all at once', () => {
    const [finding] = countFindings('开展活动二十场，覆盖群众一千五百人次。')
    expect(finding?.fix).toMatchObject({
      replacements: [
        { find: '二十场', replace: '20场' },
        { find: '一千五百人次', replace: '1500人次' },
      ],
    })
  })

  it('is one finding for every paragraph with spelled counts, correcting them all', () => {
    const text = breaking('主动公开政府信息290条。', '主动公开政府信息二百九十条。').replace(
      '人民调解矛盾纠纷221件',
      '人民调解矛盾纠纷二百二十一件',
    )
    const findings = findingsOf(text, 'count-numerals')
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toMatch(/共2段.*见第\d+、\d+行/)
    expect(findings[0]?.fix).toMatchObject({
      replacements: [{ find: '二百九十条', replace: '290条' }],
      elsewhere: [{ replacements: [{ find: '二百二十一件', replace: '221件' }] }],
    })
  })
})
