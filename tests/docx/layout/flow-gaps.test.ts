import { describe, expect, it } from 'vitest'
import type { Report } from '../../../renderer/core/report'
import { AREA_WIDTH } from '../../../renderer/docx/layout/flow-metrics'
import { layoutReport } from '../../../renderer/docx/layout/layout-report'
import type { PrintGap, PrintLine, PrintPage } from '../../../renderer/docx/layout/print-layout'
import { markReport } from '../helpers/mark-report'

const PITCH = 28.95
const complete = markReport('北流市新圩镇人民政府文件', ['北流市新圩镇人民政府'])
/** A 上行文 that has its 文号 but neither 签发人, 主送, 署名 nor 成文日期. */
const lacking: Report = {
  ...complete,
  meta: { ...complete.meta, signer: null, recipients: null, issuers: [], dateText: null },
}

const gaps = (page: PrintPage): PrintGap[] =>
  page.items.filter((item): item is PrintGap => item.kind === 'gap')
const lines = (page: PrintPage): PrintLine[] =>
  page.items.filter(
    (item): item is PrintLine => item.kind === 'line' && item.spans.some((span) => span.text !== ''),
  )
const text = (line: PrintLine): string => line.spans.map((span) => span.text).join('')

describe('the gaps of the print preview', () => {
  it('marks where the 签发人, 主送, 署名 and 成文日期 of a 上行文 would print', () => {
    const pages = layoutReport(lacking, { version: 'upward' }).pages
    const first = pages[0]!
    const last = pages.at(-1)!
    expect(pages.flatMap(gaps).map((gap) => gap.label)).toEqual([
      '（缺签发人）',
      '（缺主送机关）',
      '（缺署名）',
      '（缺成文日期）',
    ])
    const [signer, recipients] = gaps(first)
    // on the 文号 line, 1 字 in from the right, where the 签发人 stands
    const docNumber = lines(first).find((line) => text(line) === '新委〔2024〕5号')!
    expect(signer!.top).toBeCloseTo(docNumber.top, 5)
    expect(signer!.left + signer!.width).toBeCloseTo(AREA_WIDTH - 16, 1)
    // in the blank line between the title and the text, flush left
    const title = lines(first).find((line) => text(line).startsWith('关于2023年度'))!
    expect(recipients!.top).toBeCloseTo(title.top + PITCH, 5)
    expect(recipients!.left).toBe(0)
    // under the text: a blank line, the 署名 2 字 in from the right, the date under it
    const [issuers, date] = gaps(last)
    const imprintTop = lines(last).find((line) => text(line).startsWith('抄送'))!.top
    const lastText = lines(last)
      .filter((line) => line.top < imprintTop)
      .at(-1)!
    expect(issuers!.top).toBeCloseTo(lastText.top + 2 * PITCH, 5)
    expect(date!.top).toBeCloseTo(lastText.top + 3 * PITCH, 5)
    expect(issuers!.left + issuers!.width).toBeCloseTo(AREA_WIDTH - 32, 1)
  })

  it('puts the 署名 marker in the blank line above a date that is there, and the date marker under a 署名', () => {
    const dated = layoutReport(
      { ...lacking, meta: { ...lacking.meta, dateText: '2024年3月1日' } },
      {
        version: 'upward',
      },
    ).pages.at(-1)!
    const date = lines(dated).find((line) => text(line) === '2024年3月1日')!
    expect(gaps(dated).find((gap) => gap.field === 'issuers')!.top).toBeCloseTo(date.top - PITCH, 5)

    const signed = layoutReport(
      { ...lacking, meta: { ...lacking.meta, issuers: ['北流市新圩镇人民政府'] } },
      {
        version: 'upward',
      },
    ).pages.at(-1)!
    const issuer = lines(signed).find((line) => text(line) === '北流市新圩镇人民政府')!
    expect(gaps(signed).find((gap) => gap.field === 'date')!.top).toBeCloseTo(issuer.top + PITCH, 5)
  })

  it('marks only the 署名 and 成文日期 in the 公开 version, and nothing in a complete report', () => {
    const open = layoutReport(lacking, { version: 'public' }).pages.flatMap(gaps)
    expect(open.map((gap) => gap.field)).toEqual(['issuers', 'date'])
    expect(layoutReport(complete, { version: 'upward' }).pages.flatMap(gaps)).toEqual([])
  })
})
