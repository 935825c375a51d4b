// A report with attachments (GB/T 9704 §7.3.4, §8.2): the 附件说明 under the text names them (附件：1．…, 2．…), and
// their pages follow the 署名 and 日期, before the 版记. The names stay text, and the 署名, 日期, 附注 and 版记 are
// read wherever the attachments put them; nothing of the attachments is lost.
import { describe, expect, it } from 'vitest'
import { findBuiltinTemplate } from '../../../renderer/core/builtin-templates'
import { keepAttachmentNames } from '../../../renderer/core/import/attachment-note'
import { textToBlocks } from '../../../renderer/core/import/text-to-blocks'
import { textToReport } from '../../../renderer/core/import/text-to-report'
import { blockText } from '../../../renderer/core/report'

const template = findBuiltinTemplate('standard-2019')!

const text = (closing: readonly string[], after: readonly string[] = []): string =>
  [
    '示范镇人民政府关于2025年法治政府建设情况的报告',
    '县委依法治县办：',
    '一、推进法治政府建设的主要举措和成效',
    '全年办理行政复议案件2件，行政诉讼案件1件。',
    '二、存在的不足和原因',
    '执法培训不够系统。',
    '特此报告。',
    '附件：1．2025年行政执法案件统计表',
    '2．2025年普法活动清单',
    ...closing,
    ...after,
  ].join('\n\n')

const signature = ['示范镇人民政府', '2026年1月20日', '（此件公开发布）']
const attachment = ['附件1', '2025年行政执法案件统计表', '类别\t件数\n行政处罚\t37\n行政许可\t120']

describe('a report with attachments', () => {
  it('keeps the attachments’ names as the lines of text they are', () => {
    const report = textToReport(text(signature), template)
    const last = report.parts.at(-1)?.blocks.map(blockText)
    expect(last?.slice(-2)).toEqual(['附件：1．2025年行政执法案件统计表', '2．2025年普法活动清单'])
    expect(report.parts.map((part) => part.id)).toEqual(['measures', 'shortcomings'])
  })

  it('reads the 署名, 日期 and 附注 above the attachments’ pages, and keeps the pages', () => {
    const report = textToReport(text(signature, attachment), template)
    expect(report.meta.issuers).toEqual(['示范镇人民政府'])
    expect(report.meta.dateText).toBe('2026年1月20日')
    expect(report.meta.note).toBe('（此件公开发布）')
    const last = report.parts.at(-1)?.blocks ?? []
    expect(last.map((block) => block.kind).slice(-3)).toEqual(['paragraph', 'paragraph', 'table'])
    expect(last.map(blockText).join('\n')).toContain('附件1')
    // the date is not a heading of next year's plans (2026年 is next year's)
    expect(report.parts.map((part) => part.heading)).not.toContain('2026年1月20日')
  })

  it('reads a 版记 after the attachments as well', () => {
    const report = textToReport(
      text(signature, [...attachment, '抄送：县司法局。', '示范镇党政办公室　　2026年1月20日印发']),
      template,
    )
    expect(report.meta.copyTo).toBe('县司法局')
    expect(report.meta.dateText).toBe('2026年1月20日')
    expect(report.meta.issuers).toEqual(['示范镇人民政府'])
  })

  it('gives a name read as a heading back with the mark that closed it, as written', () => {
    // 2．…台账。 alone on its line reads as a level-3 heading, whose text leaves the 。 out
    const blocks = keepAttachmentNames(
      textToBlocks(['附件：1．统计表；', '2．清江镇2025年普法台账。', '3．清单'].join('\n\n')),
    )
    expect(blocks.map(blockText)).toEqual(['附件：1．统计表；', '2．清江镇2025年普法台账。', '3．清单'])
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph'])
    // a heading that stays a heading prints without the mark
    expect(textToBlocks('2．完善制度。')).toMatchObject([
      { kind: 'heading', text: '完善制度', sourceClosing: '。' },
    ])
  })

  it('leaves a numbered heading that does not continue the names a heading', () => {
    const blocks = keepAttachmentNames(
      textToBlocks(['附件：1．统计表', '3．另起的小标题', '2．清单'].join('\n\n')),
    )
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'heading'])
  })
})
