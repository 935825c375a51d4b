// A span of years is written with the 一字线 (GB/T 15834 §4.13): 2021—2025年. Two years run together
// (20212025年, a dash lost in copying) is garbled; a hyphen or tilde is the wrong mark.
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import { replaceFix } from '../replace-fix'
import type { Rule } from '../rule'

const garbled = /(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})(?=年)/g
const wrongDash = /(?<!\d)((?:19|20)\d{2})\s*[-－–~～]\s*((?:19|20)\d{2})(?=年)/g

export const yearRange: Rule = {
  id: 'year-range',
  name: '年份区间写法',
  run: ({ segments }) =>
    segments.flatMap((segment): Finding[] => {
      const findings: Finding[] = []
      for (const [pattern, severity, problem] of [
        [garbled, 'warning', '两个年份连在一起'],
        [wrongDash, 'info', '年份之间应使用一字线“—”'],
      ] as const) {
        const matches = [...segment.raw.matchAll(pattern)].filter(
          ([, from = '', to = '']) => Number(from) < Number(to),
        )
        const first = matches[0]
        if (first === undefined) continue
        const replacements = matches.map((match) => ({
          find: match[0],
          replace: `${match[1] ?? ''}—${match[2] ?? ''}`,
        }))
        findings.push({
          rule: 'year-range',
          severity,
          message: `“${first[0]}年”${problem}，应写作“${replacements[0]?.replace ?? ''}年”。`,
          part: segment.partId,
          line: segment.line,
          evidence: quoteEvidence(segment.raw, first.index, first.index + first[0].length),
          fix: replaceFix(segment, `改为“${replacements[0]?.replace ?? ''}年”`, replacements),
        })
      }
      return findings
    }),
}
