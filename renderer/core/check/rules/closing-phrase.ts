// An 上行文 report ends its body with 特此报告。 (annual-report.md "Closing conventions").
import { blockText, type Block } from '../../report'
import { normalizeForMatch } from '../../term-matcher'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

const hasText = (block: Block): boolean => blockText(block).trim() !== ''

export const closingPhrase: Rule = {
  id: 'closing-phrase',
  name: '缺少“特此报告”',
  run: ({ report }): Finding[] => {
    if (report.meta.version !== 'upward') return []
    // The body ends with the last part that says something: an empty part after it is part-empty's finding.
    const lastPart = [...report.parts].reverse().find((part) => part.blocks.some(hasText))
    const written = (lastPart === undefined ? report.preamble : lastPart.blocks).filter(hasText)
    // read as matching reads (特此報告 in a traditional report counts)
    if (/特此报告/.test(normalizeForMatch(written.slice(-2).map(blockText).join('')))) return []
    const last = written[written.length - 1]
    return [
      {
        rule: 'closing-phrase',
        severity: 'warning',
        message: '上报的报告（上行文）正文最后应写“特此报告。”。请在正文最后一段之后另起一段加上。',
        part: lastPart?.id ?? null,
        line: last?.line ?? lastPart?.line ?? null,
        fix: { kind: 'append-paragraph', label: '在最后加上“特此报告。”', text: '特此报告。' },
      },
    ]
  },
}
