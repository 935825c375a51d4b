// Chinese text takes full-width punctuation (annual-report.md, Writing checks; GB/T 15834): a half-width , ; : ? !
// or ( ) next to a Chinese character came from an English keyboard layout or a pasted web page, and reviewers mark
// it. Between digits (1,000 / 8:30) or in Latin text they stay. One finding per block, correctable in one click.
import type { Finding, TextReplacement } from '../finding'
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
}

/** Each half-width mark next to a Chinese character, with its neighbours, so the correction finds that one. */
function halfWidthMarks(text: string): HalfWidthMarks {
  const marks = new Set<string>()
  const found = new Map<string, TextReplacement>()
  for (const match of text.matchAll(HALF_WIDTH)) {
    const at = match.index
    if (!HAN.test(text[at - 1] ?? '') && !HAN.test(text[at + 1] ?? '')) continue
    marks.add(match[0])
    const replacement = replacementInContext(text, at, at + 1, FULL_WIDTH[match[0]] ?? match[0])
    found.set(replacement.find, replacement)
  }
  return { marks: [...marks], replacements: [...found.values()] }
}

export const halfwidthPunctuation: Rule = {
  id: 'halfwidth-punctuation',
  run: ({ segments }) =>
    segments.flatMap((segment): Finding[] => {
      const { marks, replacements } = halfWidthMarks(segment.raw)
      if (replacements.length === 0) return []
      return [
        {
          rule: 'halfwidth-punctuation',
          severity: 'warning',
          message: `“${segment.raw.slice(0, 16)}${segment.raw.length > 16 ? '…' : ''}”中有半角标点（${marks.join(' ')}），中文正文应使用全角标点（，；：？！（））。`,
          part: segment.partId,
          line: segment.line,
          fix: replaceFix(segment, '改为全角标点', replacements),
        },
      ]
    }),
}
