// Two marks where one belongs (。。 ，， ，。 、、): a slip of the keyboard or of copy and paste that reviewers mark.
// The ellipsis …… and the dash —— are one mark written twice and stay.
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import { addPlace, repeatedFinding, repeatedFindings, type Place } from '../repeated-findings'
import { replaceFix } from '../replace-fix'
import type { Rule } from '../rule'

const DOUBLED = /[，。；：、]{2,}/g
// Of two marks, the one that ends more: 。 over ； over ： over ， over 、.
const STRENGTH = '、，：；。'

function strongest(marks: string): string {
  return [...marks].reduce((best, mark) => (STRENGTH.indexOf(mark) > STRENGTH.indexOf(best) ? mark : best))
}

export const doubledPunctuation: Rule = {
  id: 'doubled-punctuation',
  name: '标点重复',
  run: ({ segments }): Finding[] => {
    const places = new Map<'doubled', Place[]>()
    let example = ''
    for (const segment of segments) {
      const matches = [...segment.raw.matchAll(DOUBLED)]
      const first = matches[0]
      if (first === undefined) continue
      if (example === '') example = first[0]
      const replacements = [...new Set(matches.map((match) => match[0]))].map((marks) => ({
        find: marks,
        replace: strongest(marks),
      }))
      addPlace(places, 'doubled', {
        segment,
        evidence: quoteEvidence(segment.raw, first.index, first.index + first[0].length),
        fix: replaceFix(segment, '删去多余的标点', replacements),
      })
    }
    return repeatedFindings(places, (_kind, list) =>
      repeatedFinding({
        rule: 'doubled-punctuation',
        severity: 'warning',
        places: list,
        message: (count, where) =>
          count === 1
            ? `“${example}”重复使用标点，只保留一个“${strongest(example)}”。`
            : `共${String(count)}处重复使用标点（如“${example}”），每处只保留一个。见${where}。`,
      }),
    )
  },
}
