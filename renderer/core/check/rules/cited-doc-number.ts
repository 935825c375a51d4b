// A 文号 cited in the body is written like the document's own (GB/T 9704 §7.2.4): the year in 六角括号
// 〔〕, not [ ], 【】 or ( ) (乐政办〔2023〕12号). Court case numbers such as （2023）浙0382行初12号 keep
// their round brackets: after the bracket comes a court code, not the serial number.
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import { addPlace, repeatedFinding, repeatedFindings, type Place } from '../repeated-findings'
import { replaceFix } from '../replace-fix'
import type { Rule } from '../rule'

/** The bracketed year and the serial after a 机关代字 (a Chinese character right before the bracket). */
const cited = /(?<=[\u4e00-\u9fff]\s*)[[［【(（]\s*((?:19|20)\d{2})\s*[\]］】)）]\s*(\d{1,4})\s*号/g

// one finding for the report: a writer who types (2023) for 〔2023〕 does it in every 文号 cited
export const citedDocNumber: Rule = {
  id: 'cited-doc-number',
  name: '引用文号格式',
  run: ({ segments }): Finding[] => {
    const places = new Map<'cited', Place[]>()
    let example: { written: string; should: string } | null = null
    for (const segment of segments) {
      if (segment.kind === 'title') continue
      const wrong = [...segment.raw.matchAll(cited)]
      const first = wrong[0]
      if (first === undefined) continue
      const replacements = wrong.map((match) => ({
        find: match[0],
        replace: `〔${match[1] ?? ''}〕${match[2] ?? ''}号`,
      }))
      example ??= { written: first[0], should: replacements[0]?.replace ?? '' }
      addPlace(places, 'cited', {
        segment,
        evidence: quoteEvidence(segment.raw, first.index, first.index + first[0].length),
        fix: replaceFix(segment, '改为六角括号〔〕', replacements),
      })
    }
    const { written, should } = example ?? { written: '', should: '' }
    return repeatedFindings(places, (_kind, list) =>
      repeatedFinding({
        rule: 'cited-doc-number',
        severity: 'warning',
        places: list,
        message: (count, where) =>
          count === 1
            ? `文号中的“${written}”年份应使用六角括号〔〕，请改为“${should}”。`
            : `共${String(count)}处文号的年份没有用六角括号〔〕（如“${written}”应为“${should}”）。见${where}。`,
      }),
    )
  },
}
