import { describe, expect, it } from 'vitest'
import { emptyMeta, type Report } from '../../renderer/core/report'
import { parseReportFile, reportFileVersion, serializeReportFile } from '../../renderer/core/report-file'

const report: Report = {
  meta: {
    ...emptyMeta,
    docNumber: '清委〔2024〕9号',
    signer: '张亚平',
    issuers: ['中共清江镇委员会'],
    reportYear: 2023,
  },
  preamble: [{ kind: 'paragraph', runs: [{ text: '2023年，清江镇……报告如下：' }], line: 9 }],
  parts: [
    {
      id: 'measures',
      heading: '推进法治政府建设的主要举措和成效',
      line: 11,
      blocks: [
        { kind: 'heading', level: 2, text: '深入学习贯彻习近平法治思想', line: 13 },
        { kind: 'paragraph', runs: [{ text: '一是', bold: true }, { text: '加强党的领导。' }], line: 15 },
        {
          kind: 'table',
          rows: [
            ['项目', '件数'],
            ['行政复议', '3'],
          ],
          header: true,
          line: 17,
        },
        { kind: 'list', ordered: true, items: ['第一项', '第二项'], line: null },
      ],
    },
  ],
}

describe('.fznb report file', () => {
  it('round-trips a report unchanged', () => {
    const parsed = parseReportFile(serializeReportFile({ templateId: 'standard-2019', report }))
    expect(parsed).toEqual({ ok: true, value: { templateId: 'standard-2019', report } })
  })

  const failures = [
    { name: 'not JSON', json: '{"format": "fazhi', code: 'report-file-corrupt' },
    { name: 'another JSON file', json: '{"name":"package"}', code: 'not-a-report-file' },
    {
      name: 'a file from a newer app',
      json: JSON.stringify({ format: 'fazhi-nianbao-report', formatVersion: reportFileVersion + 1 }),
      code: 'report-file-too-new',
    },
    {
      name: 'a damaged report',
      json: serializeReportFile({ templateId: 'standard-2019', report }).replace('"upward"', '"sideways"'),
      code: 'report-file-invalid',
    },
  ]
  for (const { name, json, code } of failures)
    it(`refuses ${name} with a Chinese message`, () => {
      const parsed = parseReportFile(json)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) {
        expect(parsed.error.code).toBe(code)
        expect(parsed.error.message).toMatch(/[\u4e00-\u9fff]/)
      }
    })

  it('says where a damaged file is damaged', () => {
    const parsed = parseReportFile(
      serializeReportFile({ templateId: 'standard-2019', report }).replace('"upward"', '"x"'),
    )
    expect(!parsed.ok && parsed.error.message).toContain('meta → version')
  })
})
