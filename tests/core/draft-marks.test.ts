import { describe, expect, it } from 'vitest'
import { draftMarks } from '../../renderer/core/draft-marks'
import { emptyMeta, type Report } from '../../renderer/core/report'

describe('draftMarks', () => {
  it('counts the stale figures in paragraphs, tables and lists, and last year’s plans', () => {
    const report: Report = {
      meta: {
        ...emptyMeta,
        lastYear: {
          reportYear: 2023,
          title: null,
          plans: [{ text: '加强执法培训', detail: '' }],
          parts: [],
        },
      },
      preamble: [{ kind: 'paragraph', runs: [{ text: '全年' }, { text: '12', stale: true }], line: null }],
      parts: [
        {
          id: 'measures',
          heading: '主要举措和成效',
          line: null,
          blocks: [
            {
              kind: 'table',
              header: false,
              line: null,
              rows: [['复议', '3']],
              cellRuns: [[[{ text: '复议' }], [{ text: '3', stale: true }]]],
            },
            {
              kind: 'list',
              ordered: false,
              line: null,
              items: ['5件'],
              itemRuns: [[{ text: '5件', stale: true }]],
            },
          ],
        },
      ],
    }
    expect(draftMarks(report)).toEqual({ staleFigures: 3, plans: 1 })
    expect(draftMarks({ ...report, meta: emptyMeta, preamble: [], parts: [] })).toEqual({
      staleFigures: 0,
      plans: 0,
    })
  })
})
