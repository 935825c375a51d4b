// The three real reports against the rules on the 成文日期 and the 文号: each gets a finding only for what it
// really has — qingjiang signed after 1 March, gongchuan signed on 26 December of the year it reports on.
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import { fixtureNames, fixtureReport, type FixtureName } from '../../docx/helpers/fixture-reports'

const dateRules = [
  'date-impossible',
  'date-format',
  'date-in-future',
  'date-before-year-end',
  'date-after-deadline',
  'doc-number-format',
  'doc-number-year',
  'year-conflict',
]

describe('date and 文号 rules on the real reports', () => {
  const expected: Readonly<Record<FixtureName, readonly string[]>> = {
    'qingjiang-2023': ['date-after-deadline'],
    'beiliu-2023': [],
    'gongchuan-2023': ['date-before-year-end'],
  }
  it('find in each only what it has', () => {
    const template = findBuiltinTemplate('standard-2019')!
    const found = Object.fromEntries(
      fixtureNames.map((name) => [
        name,
        checkReport(fixtureReport(name), template, { today: '2025-06-01' })
          .findings.filter((finding) => dateRules.includes(finding.rule))
          .map((finding) => finding.rule),
      ]),
    )
    expect(found).toEqual(expected)
  })
})
