// A part heading with nothing under it is present but empty: the outline and the summary do not tick it.
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import { textToReport } from '../../../renderer/core/import/text-to-report'

const template = findBuiltinTemplate('court-in-measures')!

function statusOf(text: string, id: string): { status: string; empty: boolean } | undefined {
  const part = checkReport(textToReport(text, template), template).parts.find(
    (candidate) => candidate.id === id,
  )
  return part === undefined ? undefined : { status: part.status, empty: part.empty }
}

const measures = (body: string): string => `某某镇2025年法治政府建设年度报告

一、2025年推进法治政府建设的主要举措和成效

${body}

二、2025年推进法治政府建设存在的不足和原因

执法人员培训不足，原因是经费有限。
`

describe('an empty part', () => {
  it('is present and empty when its heading has nothing under it', () => {
    expect(statusOf(measures('（一）履行法院生效裁判情况'), 'court-judgments')).toEqual({
      status: 'present',
      empty: true,
    })
  })

  it('is empty when only a sub-heading of its own follows', () => {
    expect(statusOf(measures('（一）履行法院生效裁判情况\n\n（二）推进政务公开'), 'court-judgments')).toEqual(
      {
        status: 'present',
        empty: true,
      },
    )
  })

  it('is written once a sentence follows its heading', () => {
    expect(
      statusOf(
        measures('（一）履行法院生效裁判情况\n\n全年需履行法院生效裁判1件，已履行1件。'),
        'court-judgments',
      ),
    ).toEqual({ status: 'present', empty: false })
  })

  it('is a top-level part with its heading alone', () => {
    expect(statusOf(measures('全年召开党委会4次。'), 'shortcomings')).toEqual({
      status: 'present',
      empty: false,
    })
    const bare = `某某镇2025年法治政府建设年度报告\n\n一、2025年推进法治政府建设的主要举措和成效\n\n二、2025年推进法治政府建设存在的不足和原因\n\n原因是经费有限。\n`
    expect(statusOf(bare, 'measures')).toEqual({ status: 'present', empty: true })
  })
})
