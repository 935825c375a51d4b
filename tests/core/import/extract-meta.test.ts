import { describe, expect, it } from 'vitest'
import { extractMeta } from '../../../renderer/core/import/extract-meta'
import { textToBlocks } from '../../../renderer/core/import/text-to-blocks'
import { blockText } from '../../../renderer/core/report'

function extract(text: string) {
  const { meta, body } = extractMeta(textToBlocks(text))
  return { meta, body: body.map(blockText) }
}

const body =
  '2023年，我镇扎实推进法治政府建设，现将有关情况报告如下：\n\n一、主要举措和成效\n\n全年办理案件3件。'

describe('extractMeta', () => {
  it('reads a title broken over two lines after the 文号', () => {
    const { meta } = extract(
      `清委〔2024〕9号\n\n中共清江镇委员会 清江镇人民政府\n关于2023年法治政府建设情况的报告\n\n${body}`,
    )
    expect(meta.title).toBe('中共清江镇委员会 清江镇人民政府关于2023年法治政府建设情况的报告')
    expect(meta.issuerMark).toBeNull()
  })

  it('reads labelled lines wherever they stand', () => {
    const { meta, body: rest } = extract(
      `关于2023年法治政府建设情况的报告\n\n签发人：王强\n\n${body}\n\n抄送：县委依法治县办。\n\n文号：东政〔2024〕3号`,
    )
    expect(meta).toMatchObject({ signer: '王强', copyTo: '县委依法治县办', docNumber: '东政〔2024〕3号' })
    expect(rest.some((text) => /签发人|抄送|文号/.test(text))).toBe(false)
  })

  it('reads 主送 labelled with 主送：', () => {
    const { meta } = extract(`关于2023年法治政府建设情况的报告\n\n主送：县委、县政府\n\n${body}`)
    expect(meta.recipients).toBe('县委、县政府')
  })

  it('keeps the body intact and the signature out of it', () => {
    const { meta, body: rest } = extract(
      `${body}\n\n特此报告。\n\n中共东山镇委员会\n东山镇人民政府\n2024年2月6日\n（此件公开发布）`,
    )
    expect(meta).toMatchObject({
      issuers: ['中共东山镇委员会', '东山镇人民政府'],
      dateText: '2024年2月6日',
      note: '（此件公开发布）',
      version: 'public',
    })
    expect(rest[rest.length - 1]).toBe('特此报告。')
  })

  it('reads a malformed date so the checker can name the problem', () => {
    const { meta } = extract(`${body}\n\n东山镇人民政府\n二〇二四年二月六日`)
    expect(meta.dateText).toBe('二〇二四年二月六日')
  })

  it('records source lines for findings', () => {
    const { meta } = extract(
      `东山镇人民政府文件\n\n东政〔2024〕3号\n\n关于2023年法治政府建设情况的报告\n\n${body}`,
    )
    expect(meta.source?.lines).toMatchObject({ issuerMark: 1, docNumber: 3, title: 5 })
  })

  it('finds nothing in a body-only text', () => {
    const { meta, body: rest } = extract(body)
    expect(meta).toMatchObject({ title: null, docNumber: null, issuers: [], dateText: null })
    expect(rest).toHaveLength(3)
  })

  describe('a title broken over lines is one title, kept at its first line', () => {
    const cases: { name: string; head: string; title: string; issuerMark?: string }[] = [
      {
        name: 'broken before 工作情况',
        head: '某某镇人民政府关于2023年法治政府建设\n工作情况的报告',
        title: '某某镇人民政府关于2023年法治政府建设工作情况的报告',
      },
      {
        name: 'broken after 关于',
        head: '某某镇人民政府关于\n2023年法治政府建设工作情况的报告',
        title: '某某镇人民政府关于2023年法治政府建设工作情况的报告',
      },
      {
        name: 'broken after the issuing body',
        head: '某某镇人民政府\n关于2023年法治政府建设工作情况的报告',
        title: '某某镇人民政府关于2023年法治政府建设工作情况的报告',
      },
      {
        name: 'broken after the year',
        head: '某某镇2023年\n法治政府建设年度报告',
        title: '某某镇2023年法治政府建设年度报告',
      },
      {
        name: 'over three lines',
        head: '中共某某镇委员会 某某镇人民政府\n关于2023年法治政府建设\n工作情况的报告',
        title: '中共某某镇委员会 某某镇人民政府关于2023年法治政府建设工作情况的报告',
      },
      {
        name: 'under a 发文机关标志 ending in 文件',
        head: '某某镇人民政府文件\n关于2023年法治政府建设\n工作情况的报告',
        title: '关于2023年法治政府建设工作情况的报告',
        issuerMark: '某某镇人民政府文件',
      },
      {
        name: 'under a joint 发文机关标志',
        head: '中共某某镇委员会\n某某镇人民政府\n关于2023年法治政府建设工作情况的报告',
        title: '关于2023年法治政府建设工作情况的报告',
        issuerMark: '中共某某镇委员会\n某某镇人民政府',
      },
    ]
    it.each(cases)('$name', ({ head, title, issuerMark }) => {
      const { meta, body: rest } = extract(`${head}\n\n县委全面依法治县委员会办公室：\n\n${body}`)
      expect(meta).toMatchObject({
        title,
        issuerMark: issuerMark ?? null,
        recipients: '县委全面依法治县委员会办公室',
      })
      expect(meta.source?.lines.title).toBe(issuerMark === undefined ? 1 : issuerMark.split('\n').length + 1)
      expect(rest[0]).toBe('2023年，我镇扎实推进法治政府建设，现将有关情况报告如下：')
    })

    it('does not swallow a body heading that reads like a title (一、关于……)', () => {
      const { meta, body: rest } = extract(
        '关于2023年法治政府建设工作情况的报告\n一、关于法治政府建设的主要举措\n\n全年办理案件3件。',
      )
      expect(meta.title).toBe('关于2023年法治政府建设工作情况的报告')
      expect(rest[0]).toBe('关于法治政府建设的主要举措')
    })

    it('does not swallow a numbered heading under a title not yet ended by its 文种', () => {
      const { meta, body: rest } = extract(
        '某某镇关于2023年法治政府建设工作情况\n一、2023年工作总结\n\n全年办理案件3件。',
      )
      expect(meta.title).toBe('某某镇关于2023年法治政府建设工作情况')
      expect(rest[0]).toBe('2023年工作总结')
    })
  })

  describe('a report that opens with its 主送 line', () => {
    it('lifts the 主送 line, colon and all, though there is no title', () => {
      const { meta, body: rest } = extract(`县委全面依法治县委员会办公室：\n\n${body}`)
      expect(meta).toMatchObject({ title: null, recipients: '县委全面依法治县委员会办公室' })
      expect(meta.source).toMatchObject({ recipientsColon: '：', lines: { recipients: 1 } })
      expect(rest[0]).toBe('2023年，我镇扎实推进法治政府建设，现将有关情况报告如下：')
    })

    it('reads the short name 县委依法治县办 as a body', () => {
      expect(extract(`县委依法治县办：\n\n${body}`).meta.recipients).toBe('县委依法治县办')
    })

    it('leaves a bare name at the top for the 发文机关标志', () => {
      expect(extract(`某某镇人民政府\n\n${body}`).meta).toMatchObject({
        recipients: null,
        issuerMark: '某某镇人民政府',
      })
    })
  })
})

describe('extractMeta on a draft not yet dated or printed', () => {
  it('reads the 署名 closing the text without a date, and 印发 without its date', () => {
    const { meta, body: rest } = extract(
      `${body}\n\n四、下一年度推进法治政府建设的主要安排\n\n中共东山镇委员会\n东山镇人民政府\n（此件公开发布）\n抄送：县委依法治县办。\n东山镇党政办公室印发`,
    )
    expect(meta).toMatchObject({
      issuers: ['中共东山镇委员会', '东山镇人民政府'],
      dateText: null,
      note: '（此件公开发布）',
      copyTo: '县委依法治县办',
      printedBy: '东山镇党政办公室',
      printedDateText: null,
    })
    expect(rest.at(-1)).toBe('下一年度推进法治政府建设的主要安排')
  })

  it('reads the 印发机关 above an undated 印发 of its own', () => {
    const { meta } = extract(`${body}\n\n东山镇人民政府\n\n抄送：县司法局。\n东山镇党政办公室\n印发`)
    expect(meta).toMatchObject({ issuers: ['东山镇人民政府'], printedBy: '东山镇党政办公室' })
  })

  it('leaves bodies the text lists, and a sentence ending in 印发, in the body', () => {
    const listed = extract(`${body}\n\n参与单位如下：\n镇司法所\n镇综合执法队`)
    expect(listed.meta.issuers).toEqual([])
    expect(listed.body.slice(-2)).toEqual(['镇司法所', '镇综合执法队'])
    const sentence = extract(`${body}\n\n年度学法计划已印发`)
    expect(sentence.meta.printedBy).toBeNull()
    expect(sentence.body.at(-1)).toBe('年度学法计划已印发')
  })

  it('reads joint issuers signed side by side on one line as two 署名', () => {
    for (const gap of ['　　', '      ', '\t']) {
      const { meta } = extract(
        `关于2023年法治政府建设情况的报告\n\n${body}\n\n中共清江镇委员会${gap}清江镇人民政府\n\n2024年1月20日`,
      )
      expect(meta.issuers).toEqual(['中共清江镇委员会', '清江镇人民政府'])
      expect(meta.dateText).toBe('2024年1月20日')
    }
    // one name with a space typed in it stays one
    const { meta } = extract(
      `关于2023年法治政府建设情况的报告\n\n${body}\n\n清江镇 人民政府\n\n2024年1月20日`,
    )
    expect(meta.issuers).toEqual(['清江镇 人民政府'])
  })

  it('reads a date in brackets under the title, and the issuer above it, where some reports sign', () => {
    const dated = extract(
      `清江镇2023年法治政府建设工作报告\n\n（2024年1月20日）\n\n县委依法治县办：\n\n${body}`,
    )
    expect(dated.meta).toMatchObject({ dateText: '2024年1月20日', recipients: '县委依法治县办', issuers: [] })
    const signed = extract(`清江镇2023年法治政府建设工作报告\n\n清江镇人民政府\n\n(2024年1月20日)\n\n${body}`)
    expect(signed.meta).toMatchObject({
      dateText: '2024年1月20日',
      recipients: null,
      issuers: ['清江镇人民政府'],
    })
    expect(signed.body[0]).toBe('2023年，我镇扎实推进法治政府建设，现将有关情况报告如下：')
    // a bracketed line that is not a date is no date
    const noted = extract(`清江镇2023年法治政府建设工作报告\n\n（2023年度）\n\n${body}`)
    expect(noted.meta.dateText).toBeNull()
  })
})
