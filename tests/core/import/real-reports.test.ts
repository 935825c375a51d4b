// The three real reports in ../shared/fixtures plus our own cases in tests/fixtures: part statuses
// and metadata as a reviewer reads them.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { checkReport } from '../../../renderer/core/check/check-report'
import { textToReport } from '../../../renderer/core/import/text-to-report'

const shared = new URL('../../../../shared/fixtures/reports/', import.meta.url)
const own = new URL('../../fixtures/reports/', import.meta.url)
const template = findBuiltinTemplate('standard-2019')!

function load(base: URL, name: string) {
  const report = textToReport(readFileSync(new URL(name, base), 'utf8'), template)
  const result = checkReport(report, template)
  const status = Object.fromEntries(result.parts.map((part) => [part.id, part.status]))
  return { report, result, status }
}

describe('qingjiang-2023 (上行文 with 版头 and 版记)', () => {
  const { report, result, status } = load(shared, 'qingjiang-2023.txt')

  it('reads the metadata wherever it stands', () => {
    expect(report.meta).toMatchObject({
      issuerMark: '中共乐清市清江镇委员会',
      docNumber: '清委〔2024〕9号',
      signer: '张亚平',
      recipients: '中共乐清市委、乐清市人民政府',
      title: '中共清江镇委员会 乐清市清江镇 2023 年法治政府建设年度报告',
      issuers: ['中共清江镇委员会', '清江镇人民政府'],
      dateText: '2024年3月18日',
      note: '（此件公开发布）',
      copyTo: '中共乐清市委全面依法治市委员会办公室',
      printedBy: '清江镇党政综合办公室',
      printedDateText: '2024年3月18日',
      reportYear: 2023,
    })
  })

  it('finds the four-part template and no court judgments', () => {
    expect(status).toEqual({
      measures: 'present',
      shortcomings: 'present',
      'first-responsible': 'present',
      'next-year': 'present',
      'court-judgments': 'missing',
      other: 'missing',
    })
    expect(result.parts.find((part) => part.id === 'next-year')?.heading).toBe(
      '四、2024年法治政府建设工作思路',
    )
    expect(result.complete).toBe(false)
  })

  it('keeps page-break fragments inside their paragraph', () => {
    const texts = report.parts
      .flatMap((part) => part.blocks)
      .map((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : ''))
    expect(texts.some((text) => text.includes('规范行政执法队伍管理'))).toBe(true)
    expect(texts.some((text) => text.startsWith('范行政执法'))).toBe(false)
  })
})

describe('beiliu-2023 (markdown noise, 第一责任人 first)', () => {
  const { report, result, status } = load(shared, 'beiliu-2023.txt')

  it('strips markdown from the title and reads the signature', () => {
    expect(report.meta).toMatchObject({
      title: '北留镇 2023 年法治政府建设工作情况的报告',
      issuers: ['北留镇人民政府'],
      dateText: '2024年1月25日',
      docNumber: null,
      signer: null,
      reportYear: 2023,
    })
  })

  it('recognises the reordered parts and court judgments as a part of its own', () => {
    expect(report.parts.map((part) => part.id)).toEqual([
      'first-responsible',
      'measures',
      'shortcomings',
      'court-judgments',
      'next-year',
    ])
    expect(status).toMatchObject({
      'court-judgments': 'present',
      'first-responsible': 'present',
      other: 'missing',
    })
    expect(result.items.find((item) => item.id === 'court-judgments')).toMatchObject({
      status: 'present',
      figures: true,
    })
  })
})

describe('gongchuan-2023 (no 第一责任人 part)', () => {
  const { report, result, status } = load(shared, 'gongchuan-2023.txt')

  it('reads 版头 and signature', () => {
    expect(report.meta).toMatchObject({
      issuerMark: '永安市贡川镇人民政府文件',
      docNumber: '永贡政〔2023〕69号',
      title: '永安市贡川镇人民政府 关于2023年法治政府建设工作报告',
      issuers: ['永安市贡川镇人民政府'],
      dateText: '2023年12月26日',
      recipients: null,
      reportYear: 2023,
    })
  })

  it('reports first-responsible and court judgments missing', () => {
    expect(status).toEqual({
      measures: 'present',
      shortcomings: 'present',
      'first-responsible': 'missing',
      'next-year': 'present',
      'court-judgments': 'missing',
      other: 'missing',
    })
    // 二、加强法治政府建设的有关情况 is not the 第一责任人 part despite echoing its standard heading.
    expect(report.parts[1]).toMatchObject({ id: null, heading: '加强法治政府建设的有关情况' })
    expect(
      result.findings.filter((finding) => finding.rule === 'part-missing').map((finding) => finding.part),
    ).toEqual(['first-responsible', 'court-judgments'])
  })
})

describe('dongshan-2023.md (parts merged into others)', () => {
  const { result, status } = load(own, 'dongshan-2023.md')

  it('sees 第一责任人 as a paragraph inside the measures and 问题 inside the plan heading', () => {
    expect(status).toEqual({
      measures: 'present',
      shortcomings: 'merged',
      'first-responsible': 'merged',
      'next-year': 'present',
      'court-judgments': 'present',
      other: 'missing',
    })
    expect(result.parts.find((part) => part.id === 'court-judgments')?.heading).toBe(
      '（四）履行法院生效裁判情况',
    )
  })

  it('has every required part in some form; what keeps it incomplete is only the items it leaves out', () => {
    expect(result.parts.filter((part) => part.status === 'missing').map((part) => part.id)).toEqual(['other'])
    expect(result.findings.filter((finding) => finding.rule === 'part-merged')).toHaveLength(2)
    const errors = result.findings.filter((finding) => finding.severity === 'error')
    expect(errors.length).toBeGreaterThan(0)
    expect(new Set(errors.map((finding) => finding.rule))).toEqual(new Set(['item-missing']))
  })
})

describe('nanhu-2023 (copied from last year, GB18030 twin)', () => {
  const { report, status } = load(own, 'nanhu-2023.txt')

  it('reads 文号 and 签发人 from one line, and 主送 without its colon', () => {
    expect(report.meta).toMatchObject({
      issuerMark: '南湖乡人民政府文件',
      docNumber: '南政[2024]第09号',
      signer: '李明',
      recipients: '县委、县人民政府',
      reportYear: 2023,
    })
    expect(report.meta.source?.recipientsColon).toBe('')
  })

  it('recognises all five parts', () => {
    expect(status).toMatchObject({
      measures: 'present',
      'court-judgments': 'present',
      'next-year': 'present',
    })
  })
})
