// Paragraph numbers written in none of the four GB/T 9704 §7.3.3 forms (一、 （一） 1. （1））: "一)",
// "（一" without its closing bracket, "一，", "1)". The import reads the four forms as headings and numbers them
// itself; these stay in the text as written, and a proofreader marks every one.
import { quoteEvidence } from '../evidence'
import type { Finding } from '../finding'
import { addPlace, repeatedFinding, repeatedFindings, type Place } from '../repeated-findings'
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

interface Malformed {
  readonly written: string
  readonly should: string
}

/** One finding per malformed form (“一)” and “（一” are two things to correct), naming its first few places. */
export const numberingFormat: Rule = {
  id: 'numbering-format',
  name: '序号写法',
  run: ({ segments }): Finding[] => {
    // keyed by the first-met writing of each malformed form, one object per form
    const forms = new Map<number, Malformed>()
    const places = new Map<Malformed, Place[]>()
    for (const segment of segments) {
      if (segment.kind !== 'text') continue
      const text = segment.raw.trimStart()
      const form = malformed.findIndex(({ pattern }) => pattern.test(text))
      const match = malformed[form]?.pattern.exec(text)
      if (match === null || match === undefined) continue
      const kind = forms.get(form) ?? {
        written: match[0],
        should: malformed[form]?.should(match[1] ?? '') ?? '',
      }
      forms.set(form, kind)
      addPlace(places, kind, { segment, evidence: quoteEvidence(text, 0, match[0].length) })
    }
    return repeatedFindings(places, (first, list) =>
      repeatedFinding({
        rule: 'numbering-format',
        severity: 'warning',
        places: list,
        message: (count, where) =>
          count === 1
            ? `编号“${first.written}”不规范，应写作${first.should}。`
            : `共${String(count)}处编号写法不规范（如“${first.written}”），应写作${first.should}。见${where}。`,
      }),
    )
  },
}
