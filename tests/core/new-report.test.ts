import { describe, expect, it } from 'vitest'
import { submissionDeadlines } from '../../renderer/core/deadlines'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import { defaultReportYear, newReport } from '../../renderer/core/new-report'
import { defaultSettings } from '../../renderer/core/settings'

describe('defaultReportYear', () => {
  const cases: readonly [string, number][] = [
    ['2027-01-05', 2026],
    ['2027-02-28', 2026],
    ['2027-03-31', 2026],
    ['2027-04-01', 2027],
    ['2026-12-01', 2026],
    ['2026-11-15', 2026],
    ['2026-06-30', 2026],
  ]
  it.each(cases)('on %s the report to write is %i’s', (day, year) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number]
    expect(defaultReportYear(new Date(y, m - 1, d))).toBe(year)
  })

  it('is never a report whose day to publish has passed', () => {
    for (let month = 0; month < 12; month += 1) {
      const today = new Date(2026, month, 15)
      const iso = `2026-${String(month + 1).padStart(2, '0')}-15`
      const publish = submissionDeadlines(defaultReportYear(today), iso).find((d) => d.label === '向社会公开')
      expect(publish?.daysLeft).toBeGreaterThanOrEqual(0)
    }
  })
})

describe('newReport', () => {
  const template = defaultTemplate()

  it('starts the 文号 from the 机关代字 in 设置, in the year the report is issued, awaiting its 序号', () => {
    const report = newReport(template, 2025, { ...defaultSettings, docNumberPrefix: '河委' })
    expect(report.meta.docNumber).toBe('河委〔2026〕号')
  })

  it('leaves the 文号 empty when 设置 has no 机关代字', () => {
    expect(newReport(template, 2025, { ...defaultSettings, docNumberPrefix: '  ' }).meta.docNumber).toBeNull()
  })
})
