// A 文号 cited in the body is written like the document's own (GB/T 9704 §7.2.4): the year in 六角括号
// 〔〕, not [ ], 【】 or ( ) (乐政办〔2023〕12号). Court case numbers such as （2023）浙0382行初12号 keep
// their round brackets: after the bracket comes a court code, not the serial number.
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import { replaceFix } from '../replace-fix'
import type { Rule } from '../rule'

/** The bracketed year and the serial after a 机关代字 (a Chinese character right before the bracket). */
const cited = /(?<=[\u4e00-\u9fff]\s*)[[［【(（]\s*((?:19|20)\d{2})\s*[\]］】)）]\s*(\d{1,4})\s*号/g

export const citedDocNumber: Rule = {
  id: 'cited-doc-number',
  run: ({ segments }) =>
    segments.flatMap((segment): Finding[] => {
      if (segment.kind === 'title') return []
      const wrong = [...segment.raw.matchAll(cited)]
      const first = wrong[0]
      if (first === undefined) return []
      const replacements = wrong.map((match) => ({
        find: match[0],
        replace: `〔${match[1] ?? ''}〕${match[2] ?? ''}号`,
      }))
      return [
        {
          rule: 'cited-doc-number',
          severity: 'warning',
          message: `文号中的“${first[0]}”年份应使用六角括号〔〕，请改为“${replacements[0]?.replace ?? ''}”。`,
          part: segment.partId,
          line: segment.line,
          evidence: quoteEvidence(segment.raw, first.index, first.index + first[0].length),
          fix: replaceFix(segment, '改为六角括号〔〕', replacements),
        },
      ]
    }),
}
