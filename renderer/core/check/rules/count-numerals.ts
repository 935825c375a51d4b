// Counts are written in arabic digits (GB/T 15835; annual-report.md, Writing checks): 开展普法活动二十五场 is
// marked by reviewers, 25场 is right. Approximate numbers stay in Chinese (十余次, 二十多场), as do ordinals
// (第十二次), small numbers (三次) and words that only look like counts (百人, 千家万户).
import { chineseNumeralValue } from '../../chinese-numeral'
import { quoteEvidence } from '../evidence'
import type { Finding, TextReplacement } from '../finding'
import { addPlace, repeatedFinding, repeatedFindings, type Place } from '../repeated-findings'
import { replaceFix } from '../replace-fix'
import type { Rule } from '../rule'

const COUNT =
  /(?<![第初“"『])([零〇一二两三四五六七八九十百千万]{1,8})(人次|次|场|件|份|条|名|人|起|宗|期|户|篇|批|家)/g

interface SpelledCount {
  readonly index: number
  readonly written: string
  readonly arabic: string
}

function spelledCounts(text: string): SpelledCount[] {
  const found: SpelledCount[] = []
  for (const match of text.matchAll(COUNT)) {
    const [written, numeral = '', unit = ''] = match
    const value = chineseNumeralValue(numeral)
    if (value === null || value < 10) continue
    found.push({ index: match.index, written, arabic: `${String(value)}${unit}` })
  }
  return found
}

export const countNumerals: Rule = {
  id: 'count-numerals',
  name: '计数应用阿拉伯数字',
  run: ({ segments }): Finding[] => {
    const places = new Map<'count', Place[]>()
    let example: SpelledCount | null = null
    for (const segment of segments) {
      if (segment.kind === 'title') continue
      const counts = spelledCounts(segment.raw)
      const first = counts[0]
      if (first === undefined) continue
      example ??= first
      const replacements: TextReplacement[] = counts.map((count) => ({
        find: count.written,
        replace: count.arabic,
      }))
      addPlace(places, 'count', {
        segment,
        evidence: quoteEvidence(segment.raw, first.index, first.index + first.written.length),
        fix: replaceFix(segment, '改为阿拉伯数字', replacements),
      })
    }
    const instead = example === null ? '' : `“${example.written}”应写作“${example.arabic}”`
    return repeatedFindings(places, (_kind, list) =>
      repeatedFinding({
        rule: 'count-numerals',
        severity: 'warning',
        places: list,
        message: (count, where) =>
          count === 1
            ? `计数应使用阿拉伯数字（GB/T 15835）：${instead}。`
            : `共${String(count)}段的计数写成了汉字，应使用阿拉伯数字（GB/T 15835），如${instead}。见${where}。`,
      }),
    )
  },
}
