// Tables read row by row, a bare number given its column's unit: “行政复议案件 | 12” under 件数 is 12件.
import { describe, expect, it } from 'vitest'
import { tableRowsText } from '../../../renderer/core/check/table-rows-text'

const cases: { name: string; rows: string[][]; header: boolean; expected: string }[] = [
  {
    name: 'a unit before 数 in the header',
    rows: [
      ['项目', '件数'],
      ['行政复议案件', '12'],
      ['行政应诉案件', '3'],
    ],
    header: true,
    expected: '项目，件数。行政复议案件，12件。行政应诉案件，3件',
  },
  {
    name: 'a unit in brackets, and counts with 余',
    rows: [
      ['事项', '数量（人次）', '金额（万元）'],
      ['普法培训', '800余', '12.5'],
    ],
    header: true,
    expected: '事项，数量（人次），金额（万元）。普法培训，800余人次，12.5万元',
  },
  {
    name: 'cells that are not bare numbers stay as written',
    rows: [
      ['项目', '件数'],
      ['行政诉讼', '应诉3件'],
      ['备注', '无'],
    ],
    header: true,
    expected: '项目，件数。行政诉讼，应诉3件。备注，无',
  },
  {
    name: 'a header that names no unit',
    rows: [
      ['项目', '情况'],
      ['行政复议', '12'],
    ],
    header: true,
    expected: '项目，情况。行政复议，12',
  },
  {
    name: 'no header row: nothing to take a unit from',
    rows: [
      ['行政复议', '12'],
      ['件数', '3'],
    ],
    header: false,
    expected: '行政复议，12。件数，3',
  },
]

describe('tableRowsText', () => {
  it.each(cases)('$name', ({ rows, header, expected }) => {
    expect(tableRowsText(rows, header)).toBe(expected)
  })
})
