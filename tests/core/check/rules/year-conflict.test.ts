import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../../renderer/core/builtin-templates'
import { checkReport } from '../../../../renderer/core/check/check-report'
import { textToReport } from '../../../../renderer/core/import/text-to-report'
import { breaking, check, findingsOf, goodReport } from '../good-report'

const staleTitle = breaking('清江镇2023年法治政府建设年度报告', '清江镇2022年法治政府建设年度报告')

/** A short report: title, opening, one part, date; each piece replaceable. */
function short({
  title = '东山镇2023年法治政府建设年度报告',
  opening = '2023年，我镇扎实推进法治政府建设。',
  date = '2024年1月20日',
} = {}): string {
  return `${title}\n\n县委全面依法治县委员会办公室：\n\n${opening}\n\n一、主要举措和成效\n\n开展普法宣传12场。\n\n特此报告。\n\n东山镇人民政府\n${date}\n`
}

describe('year-conflict', () => {
  it('is silent when title, date and body agree', () => {
    expect(findingsOf(goodReport, 'year-conflict')).toEqual([])
    expect(findingsOf(short(), 'year-conflict')).toEqual([])
  })

  it('lets the date and the body outvote a title copied from last year, with a fix on the title', () => {
    const { result } = check(staleTitle)
    expect(result.reportYear).toBe(2023)
    const findings = result.findings.filter((finding) => finding.rule === 'year-conflict')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', part: null, line: 6 })
    expect(findings[0]!.message).toContain('标题写的是2022年')
    expect(findings[0]!.message).toContain('成文日期“2024年2月18日”和正文')
    expect(findings[0]!.message).toContain('沿用了上一年')
    expect(findings[0]!.fix).toEqual({
      kind: 'replace',
      label: '改为“2023年”',
      target: 'title',
      replacements: [{ find: '2022年', replace: '2023年' }],
    })
    // The right 2023 headings are not turned into findings, and the title gets no second one.
    expect(result.findings.filter((finding) => finding.rule === 'year-mismatch')).toEqual([])
  })

  it('fixes a stale year written with a space as written', () => {
    const [finding] = findingsOf(short({ title: '东山镇 2022 年法治政府建设年度报告' }), 'year-conflict')
    expect(finding?.fix).toMatchObject({ replacements: [{ find: '2022 年', replace: '2023 年' }] })
  })

  it('offers no fix when the title names more than one year', () => {
    const [finding] = findingsOf(
      short({ title: '东山镇2022年法治政府建设年度报告（2022年度）' }),
      'year-conflict',
    )
    expect(finding?.severity).toBe('error')
    expect(finding?.fix).toBeUndefined()
  })

  it('keeps the title year against a date alone, and names the date once', () => {
    const text = short({ opening: '一年来，我镇扎实推进法治政府建设。', date: '2023年3月1日' })
    const { result } = check(text)
    expect(result.reportYear).toBe(2023)
    const about = result.findings.filter((finding) => /成文日期/.test(finding.message))
    expect(about.map((finding) => finding.rule)).toEqual(['year-conflict'])
    expect(about[0]).toMatchObject({ severity: 'warning', line: 14, evidence: '2023年3月1日' })
    expect(about[0]!.message).toContain('可能沿用了上一年的日期')
  })

  it('names a stale date under a title and body that agree', () => {
    const findings = findingsOf(short({ date: '2022年12月30日' }), 'year-conflict')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toContain('成文日期“2022年12月30日”不是2023年度报告的日期')
  })

  it('names a date of the next report season once, not also as a late one', () => {
    const { result } = check(short({ date: '2024年11月5日' }))
    const about = result.findings.filter((finding) => /成文日期/.test(finding.message))
    expect(about.map((finding) => finding.rule)).toEqual(['year-conflict'])
  })

  it('keeps the title year against the body alone, and says so without a fix', () => {
    const text = short({ title: '东山镇2022年法治政府建设年度报告', date: '' })
    const { result } = check(text)
    expect(result.reportYear).toBe(2022)
    const findings = result.findings.filter((finding) => finding.rule === 'year-conflict')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', line: 5, evidence: '2023年，' })
    expect(findings[0]!.message).toContain('标题写的是2022年，但正文写的是2023年')
    expect(findings[0]!.fix).toBeUndefined()
  })

  it('names three disagreeing years once', () => {
    const findings = findingsOf(
      short({ title: '东山镇2021年法治政府建设年度报告', date: '2023年2月1日' }),
      'year-conflict',
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toContain(
      '标题写的是2021年，但成文日期“2023年2月1日”和正文（2023年）与之不符',
    )
  })

  it('does not second-guess a year the writer set', () => {
    const template = findBuiltinTemplate('standard-2019')!
    const imported = textToReport(staleTitle, template)
    expect(imported.meta.reportYear).toBe(2023)
    const report = { ...imported, meta: { ...imported.meta, reportYear: 2022 } }
    const result = checkReport(report, template)
    expect(result.reportYear).toBe(2022)
    // The title fits the year set; the 2024 date does not, and neither does the 2023 body.
    const findings = result.findings.filter((finding) => finding.rule === 'year-conflict')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toContain('本报告的年度设为2022年')
  })
})
