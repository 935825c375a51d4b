import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import { decideReportYear } from '../../../renderer/core/import/report-year'
import { textToBlocks } from '../../../renderer/core/import/text-to-blocks'
import { textToReport } from '../../../renderer/core/import/text-to-report'

const template = findBuiltinTemplate('standard-2019')!

const body2023 = '2023年，我镇扎实推进法治政府建设。\n\n一、主要举措和成效\n\n开展普法宣传12场。'

function decide(
  title: string | null,
  dateText: string | null,
  body: string,
  reportYear: number | null = null,
) {
  return decideReportYear({ title, dateText, reportYear }, textToBlocks(body))
}

describe('decideReportYear', () => {
  const cases: {
    name: string
    title: string | null
    date: string | null
    body: string
    year: number | null
    source: string | null
    disagreeing: string[]
  }[] = [
    {
      name: 'all three agree',
      title: '2023年法治政府建设年度报告',
      date: '2024年2月1日',
      body: body2023,
      year: 2023,
      source: 'title',
      disagreeing: [],
    },
    {
      name: 'a title alone',
      title: '2023年法治政府建设年度报告',
      date: null,
      body: '一年来，我镇扎实推进法治政府建设。',
      year: 2023,
      source: 'title',
      disagreeing: [],
    },
    {
      name: 'date and body outvote a stale title',
      title: '2022年法治政府建设年度报告',
      date: '2024年1月10日',
      body: body2023,
      year: 2023,
      source: 'date-and-body',
      disagreeing: ['title'],
    },
    {
      name: 'a December date is about the same year',
      title: '2022年法治政府建设年度报告',
      date: '2023年12月28日',
      body: body2023,
      year: 2023,
      source: 'date-and-body',
      disagreeing: ['title'],
    },
    {
      name: 'title and body against the date',
      title: '2023年法治政府建设年度报告',
      date: '2023年3月1日',
      body: body2023,
      year: 2023,
      source: 'title',
      disagreeing: ['date'],
    },
    {
      name: 'title and date against the body',
      title: '2023年法治政府建设年度报告',
      date: '2024年2月1日',
      body: '2022年，我镇扎实推进法治政府建设。',
      year: 2023,
      source: 'title',
      disagreeing: ['body'],
    },
    {
      name: 'title against the body, no date',
      title: '2022年法治政府建设年度报告',
      date: null,
      body: body2023,
      year: 2022,
      source: 'title',
      disagreeing: ['body'],
    },
    {
      name: 'no title: the date',
      title: null,
      date: '2024年1月10日',
      body: '一年来，我镇扎实推进法治政府建设。',
      year: 2023,
      source: 'date',
      disagreeing: [],
    },
    {
      name: 'no title, no date: the body',
      title: null,
      date: null,
      body: body2023,
      year: 2023,
      source: 'body',
      disagreeing: [],
    },
    {
      name: 'nothing but a heading year',
      title: null,
      date: null,
      body: '一、2023年主要举措\n\n开展普法宣传。\n\n二、2024年工作安排\n\n继续推进。',
      year: 2023,
      source: 'headings',
      disagreeing: [],
    },
    {
      name: 'nothing at all',
      title: null,
      date: null,
      body: '开展普法宣传。',
      year: null,
      source: null,
      disagreeing: [],
    },
  ]
  it.each(cases)('decides on $name', ({ title, date, body, year, source, disagreeing }) => {
    expect(decide(title, date, body)).toMatchObject({ year, source, disagreeing })
  })

  it('keeps a year the writer set, even against all the evidence', () => {
    expect(decide('2023年法治政府建设年度报告', '2024年2月1日', body2023, 2021)).toMatchObject({
      year: 2021,
      source: 'explicit',
      disagreeing: ['title', 'date', 'body'],
    })
  })

  it('keeps the reasons when the year set is the one the evidence gives', () => {
    expect(decide('2022年法治政府建设年度报告', '2024年1月10日', body2023, 2023)).toMatchObject({
      year: 2023,
      source: 'date-and-body',
    })
  })
})

describe('the year import stores is the year the check uses', () => {
  const reports: { name: string; text: string; year: number }[] = [
    {
      name: 'a stale title over a 2023 body signed in 2024',
      text: `东山镇2022年法治政府建设年度报告\n\n${body2023}\n\n东山镇人民政府\n2024年1月10日`,
      year: 2023,
    },
    {
      name: 'a report opening with its 主送 line, no title, with a date',
      text: `县委全面依法治县委员会办公室：\n\n${body2023}\n\n特此报告。\n\n东山镇人民政府\n2024年1月10日`,
      year: 2023,
    },
    {
      name: 'a report opening with its 主送 line, no title, no date',
      text: `县委全面依法治县委员会办公室：\n\n${body2023}\n\n特此报告。`,
      year: 2023,
    },
    {
      name: 'no title, no date, only body years',
      text: '一、主要举措和成效\n\n2023年6月开展普法宣传12场。2023年办理行政复议案件2件。2023年调解纠纷20件。\n\n二、2024年工作安排\n\n2024年将继续推进。',
      year: 2023,
    },
  ]
  it.each(reports)('for $name', ({ text, year }) => {
    const report = textToReport(text, template)
    expect(report.meta.reportYear).toBe(year)
    expect(checkReport(report, template).reportYear).toBe(year)
  })
})
