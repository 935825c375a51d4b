// A review row from a checked report (renderer/core/review/review-row.ts): issuer, year, date and the
// 3月1日 deadline, statuses, and why it goes back — table-driven over the real fixtures.
import { describe, expect, it } from 'vitest'
import { defaultTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import type { Report } from '../../../renderer/core/report'
import { formatConformance } from '../../../renderer/core/review/format-conformance'
import { reviewRow, unreadableRow } from '../../../renderer/core/review/review-row'
import { appError } from '../../../renderer/core/result'
import { fixtureReport, type FixtureName } from '../../docx/helpers/fixture-reports'

const template = defaultTemplate()

function rowOf(report: Report, format: Parameters<typeof reviewRow>[0]['format'] = null) {
  return reviewRow({ file: 'a.txt', kind: 'text', report, check: checkReport(report, template), format })
}

describe('reviewRow over the fixtures', () => {
  const cases: {
    name: FixtureName
    issuer: string
    date: string
    onTime: boolean
    missingParts: string[]
  }[] = [
    {
      name: 'qingjiang-2023',
      issuer: '中共清江镇委员会、清江镇人民政府',
      date: '2024-03-18',
      onTime: false,
      missingParts: ['court-judgments', 'other'],
    },
    {
      name: 'beiliu-2023',
      issuer: '北留镇人民政府',
      date: '2024-01-25',
      onTime: true,
      missingParts: ['other'],
    },
    {
      name: 'gongchuan-2023',
      issuer: '永安市贡川镇人民政府',
      date: '2023-12-26',
      onTime: true,
      missingParts: ['first-responsible', 'court-judgments', 'other'],
    },
  ]

  it.each(cases)('$name', ({ name, issuer, date, onTime, missingParts }) => {
    const row = rowOf(fixtureReport(name))
    expect(row).toMatchObject({
      readable: true,
      error: null,
      issuer,
      reportYear: 2023,
      date,
      complete: false,
    })
    expect(row.deadline).toEqual({ due: '2024-02-29', onTime })
    expect(row.parts.filter((part) => part.status === 'missing').map((part) => part.id)).toEqual(missingParts)
    expect(row.missingItems).toEqual(
      row.items.filter((item) => item.status === 'missing').map((item) => item.id),
    )
    expect(row.itemsWithoutFigures).toEqual(
      row.items.filter((item) => item.figures === false).map((item) => item.id),
    )
    expect(row.sendBack).toEqual(['incomplete'])
  })
})

describe('reviewRow edge cases', () => {
  const base = fixtureReport('qingjiang-2023')

  it.each([
    ['the last day of February is on time', '2024年2月29日', true],
    ['1 March is late', '2024年3月1日', false],
    ['no date: unknown', null, null],
  ] as const)('%s', (_name, dateText, onTime) => {
    const row = rowOf({ ...base, meta: { ...base.meta, dateText, printedDateText: null } })
    expect(row.deadline).toEqual({ due: '2024-02-29', onTime })
  })

  it('a failed layout check sends the report back even when complete', () => {
    const format = formatConformance([{ id: 'page-size', status: 'fail', message: '纸张为横向 A4' }])
    expect(rowOf(base, format).sendBack).toEqual(['incomplete', 'format'])
  })

  it('an unreadable file keeps its layout result and says why', () => {
    const format = formatConformance([{ id: 'page-size', status: 'pass', message: 'A4' }])
    const row = unreadableRow('坏.docx', 'docx', appError('not-a-docx', '不是有效的 Word 文档'), format)
    expect(row).toMatchObject({
      readable: false,
      complete: null,
      deadline: null,
      format,
      sendBack: ['unreadable'],
    })
  })
})
