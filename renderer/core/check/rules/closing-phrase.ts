// An 上行文 report ends its body with 特此报告。 (annual-report.md "Closing conventions").
import { blockText } from '../../report'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

export const closingPhrase: Rule = {
  id: 'closing-phrase',
  run: ({ report }): Finding[] => {
    if (report.meta.version !== 'upward') return []
    const lastPart = report.parts[report.parts.length - 1]
    const blocks = lastPart === undefined ? report.preamble : lastPart.blocks
    const tail = blocks.slice(-2).map(blockText).join('')
    if (/特此报告/.test(tail)) return []
    const last = blocks[blocks.length - 1]
    return [
      {
        rule: 'closing-phrase',
        severity: 'warning',
        message: '上报的报告（上行文）正文最后应写“特此报告。”。请在正文最后一段之后另起一段加上。',
        part: lastPart?.id ?? null,
        line: last?.line ?? lastPart?.line ?? null,
      },
    ]
  },
}
