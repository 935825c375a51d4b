// Chinese text takes full-width punctuation (annual-report.md, Writing checks; GB/T 15834): a half-width , ; : ? !
// or ( ) next to a Chinese character came from an English keyboard layout or a pasted web page, and reviewers mark
// it. Between digits (1,000 / 8:30) or in Latin text they stay. One finding for the whole report (a pasted page has
// them in every paragraph), correcting every place in one click.
import { quoteEvidence } from '../evidence'
import type { Finding, TextReplacement } from '../finding'
import { addPlace, repeatedFindings, repeatedFinding, type Place } from '../repeated-findings'
import { replaceFix, replacementInContext } from '../replace-fix'
import type { Rule } from '../rule'

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u
const HALF_WIDTH = /[,;:?!()]/gu

interface HalfWidthMarks {
  /** The marks as written, each once: , ( */
  readonly marks: readonly string[]
  readonly replacements: readonly TextReplacement[]
  /** Where the first one stands, for the quote. */
  readonly first: number
}

/** Each half-width mark next to a Chinese character, with its neighbours, so the correction finds that one. */
function halfWidthMarks(text: string): HalfWidthMarks {
  const marks = new Set<string>()
  const found = new Map<string, TextReplacement>()
  let first = -1
  for (const match of text.matchAll(HALF_WIDTH)) {
    const at = match.index
    if (!HAN.test(text[at - 1] ?? '') && !HAN.test(text[at + 1] ?? '')) continue
    if (first === -1) first = at
    marks.add(match[0])
    const replacement = replacementInContext(text, at, at + 1, FULL_WIDTH[match[0]] ?? match[0])
    found.set(replacement.find, replacement)
  }
  return { marks: [...marks], replacements: [...found.values()], first }
}

export const halfwidthPunctuation: Rule = {
  id: 'halfwidth-punctuation',
  name: '半角标点',
  run: ({ segments }): Finding[] => {
    const places = new Map<'halfwidth', Place[]>()
    const marks = new Set<string>()
    for (const segment of segments) {
      const found = halfWidthMarks(segment.raw)
      if (found.replacements.length === 0) continue
      for (const mark of found.marks) marks.add(mark)
      addPlace(places, 'halfwidth', {
        segment,
        evidence: quoteEvidence(segment.raw, found.first, found.first + 1),
        fix: replaceFix(segment, '改为全角标点', found.replacements),
      })
    }
    const should = '中文正文应使用全角标点（，；：？！（））'
    return repeatedFindings(places, (_kind, list) =>
      repeatedFinding({
        rule: 'halfwidth-punctuation',
        severity: 'warning',
        places: list,
        message: (count, where) => {
          const raw = list[0]?.segment.raw ?? ''
          return count === 1
            ? `“${raw.slice(0, 16)}${raw.length > 16 ? '…' : ''}”中有半角标点（${[...marks].join(' ')}），${should}。`
            : `共${String(count)}处有半角标点（${[...marks].join(' ')}），${should}。见${where}。`
        },
      }),
    )
  },
}
