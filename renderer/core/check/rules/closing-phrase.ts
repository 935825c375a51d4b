// An 上行文 report ends its body with 特此报告。 (annual-report.md "Closing conventions").
import { ATTACHMENT_NOTE_START } from '../../attachment-note'
import { withoutAttachments } from '../../attachments'
import { blockText, type Block } from '../../report'
import { normalizeForMatch } from '../../term-matcher'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

const hasText = (block: Block): boolean => blockText(block).trim() !== ''

export const closingPhrase: Rule = {
  id: 'closing-phrase',
  name: '缺少“特此报告”',
  run: ({ report: whole }): Finding[] => {
    if (whole.meta.version !== 'upward') return []
    // the 正文 ends above the attachments (attachments.ts) and above the 附件说明 that names them
    const { report, attachments } = withoutAttachments(whole)
    // The body ends with the last part that says something: an empty part after it is part-empty's finding.
    const lastPart = [...report.parts].reverse().find((part) => part.blocks.some(hasText))
    const blocks = (lastPart === undefined ? report.preamble : lastPart.blocks).filter(hasText)
    const note = blocks.map((block) => ATTACHMENT_NOTE_START.test(blockText(block).trim())).lastIndexOf(true)
    const written = note === -1 ? blocks : blocks.slice(0, note)
    // read as matching reads (特此報告 in a traditional report counts)
    if (/特此报告/.test(normalizeForMatch(written.slice(-2).map(blockText).join('')))) return []
    const last = written[written.length - 1]
    // appended at the end of the last part, it would land under the 附件说明 or in an attachment: said, not fixed
    const fixable = note === -1 && attachments.length === 0
    return [
      {
        rule: 'closing-phrase',
        severity: 'warning',
        message: '上报的报告（上行文）正文最后应写“特此报告。”。请在正文最后一段之后另起一段加上。',
        part: lastPart?.id ?? null,
        line: last?.line ?? lastPart?.line ?? null,
        ...(fixable
          ? {
              fix: { kind: 'append-paragraph', label: '在最后加上“特此报告。”', text: '特此报告。' } as const,
            }
          : {}),
      },
    ]
  },
}
