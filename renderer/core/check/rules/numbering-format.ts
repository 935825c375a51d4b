// Paragraph numbers written in none of the four GB/T 9704 §7.3.3 forms (一、 （一） 1. （1））: "一)",
// "（一" without its closing bracket, "一，", "1)". The import reads the four forms as headings and numbers them
// itself; these stay in the text as written, and a proofreader marks every one.
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import type { Rule } from '../rule'

const CN = '[一二三四五六七八九十]{1,3}'

const malformed: readonly { readonly pattern: RegExp; readonly should: (number: string) => string }[] = [
  // 一) 一） : half a bracket
  { pattern: new RegExp(`^(${CN})[)）]`), should: (n) => `“${n}、”或“（${n}）”` },
  // （一 (一 : the closing bracket left out
  { pattern: new RegExp(`^[（(](${CN})(?![）)一二三四五六七八九十])`), should: (n) => `“（${n}）”` },
  // 一，一, 一: : a comma or colon for the 顿号
  { pattern: new RegExp(`^(${CN})[，,：:]`), should: (n) => `“${n}、”` },
  // 1) 1） : half a bracket
  { pattern: /^(\d{1,2})[)）](?!\d)/, should: (n) => `“（${n}）”` },
]

export const numberingFormat: Rule = {
  id: 'numbering-format',
  run: ({ segments }) =>
    segments.flatMap((segment): Finding[] => {
      if (segment.kind !== 'text') return []
      const text = segment.raw.trimStart()
      for (const { pattern, should } of malformed) {
        const match = pattern.exec(text)
        if (match === null) continue
        const written = match[0]
        return [
          {
            rule: 'numbering-format',
            severity: 'warning',
            message: `编号“${written}”不规范，应写作${should(match[1] ?? '')}。`,
            part: segment.partId,
            line: segment.line,
            evidence: quoteEvidence(text, 0, written.length),
          },
        ]
      }
      return []
    }),
}
