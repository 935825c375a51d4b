// English words and Latin letters in Chinese prose: 公文 are written in Chinese (GB/T 9704 §5.1 uses the
// national common language), so a reviewer marks "meeting", "OK" or a stray "a" between characters. The
// abbreviations a township report cannot do without (APP, LED, 5G …) are accepted, as are web addresses.
import { quoteEvidence } from '../evidence'
import { anyDebris } from './editing-debris'
import type { Finding } from '../finding'
import { addPlace, repeatedFinding, repeatedFindings, type Place } from '../repeated-findings'
import type { Rule } from '../rule'

const accepted = new Set([
  'APP',
  'APPS',
  'LED',
  'QQ',
  'GDP',
  'PPT',
  'WIFI',
  'AI',
  'GPS',
  'ETC',
  'VR',
  'AR',
  'CT',
  'PM',
  'O2O',
  'H5',
  'DNA',
  'PDF',
  'OA',
])

/** Web and mail addresses and anything in braces (field codes) are not prose. */
const notProse = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|\{[^}]*\}/gi

const latinWord = /[A-Za-z]+(?:[-'][A-Za-z]+)*/g

function strayWords(raw: string): { word: string; index: number }[] {
  // editing debris (_GoBack, XX镇) is editing-debris' finding, not a word to translate
  const blank = (match: string): string => ' '.repeat(match.length)
  const prose = raw.replace(notProse, blank).replace(anyDebris, blank)
  const words: { word: string; index: number }[] = []
  for (const match of prose.matchAll(latinWord)) {
    const word = match[0]
    if (accepted.has(word.toUpperCase().replace(/-/g, ''))) continue
    // a roman numeral or a single capital (A类, B级, 第II期) labels a category
    if (/^[IVXivx]+$/.test(word) || /^[A-Z]$/.test(word)) continue
    // only where it stands in Chinese text: a line of English (a quoted title) is left alone
    if (!/[\u4e00-\u9fff]/.test(prose)) continue
    words.push({ word, index: match.index })
  }
  return words
}

// one finding for the report, naming the first words: 40 paragraphs with “APP” spelled “app” are one thing to fix
export const latinLetters: Rule = {
  id: 'latin-letters',
  name: '夹用英文字母',
  run: ({ segments }): Finding[] => {
    const places = new Map<'latin', Place[]>()
    const words = new Set<string>()
    for (const segment of segments) {
      const found = strayWords(segment.raw)
      const first = found[0]
      if (first === undefined) continue
      for (const { word } of found) words.add(word)
      addPlace(places, 'latin', {
        segment,
        evidence: quoteEvidence(segment.raw, first.index, first.index + first.word.length),
      })
    }
    const list = [...words].slice(0, 5).join('、')
    const should = '公文应使用中文表述，请改为中文'
    return repeatedFindings(places, (_kind, found) =>
      repeatedFinding({
        rule: 'latin-letters',
        severity: 'warning',
        places: found,
        message: (count, where) =>
          count === 1
            ? `正文中夹有外文字母（${list}），${should}。`
            : `正文中共${String(count)}处夹有外文字母（${list}${words.size > 5 ? '等' : ''}），${should}。见${where}。`,
      }),
    )
  },
}
