// Reports written (or pasted) in traditional characters (某某鎮…行政複議) are matched as simplified: the template's
// terms are simplified, and 行政複議 must count as 行政复议. The conversion is OpenCC's (opencc-js), the dictionaries
// Chinese-language projects maintain, with the Taiwan and Hong Kong variant forms read as well. Only matching uses
// it; what a finding quotes stays as written.
import { ConverterFactory, Trie, type DictGroup, type DictLike } from 'opencc-js/core'
import { from, to } from 'opencc-js/preset/t2cn'
import { TRADITIONAL_CHARACTERS } from './traditional-characters'

/** Characters outside the BMP (𠵾) mark both their surrogates: a false alarm costs one conversion, nothing more. */
function codeUnitTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (const char of chars) for (let at = 0; at < char.length; at += 1) table[char.charCodeAt(at)] = 1
  return table
}

function hasAny(text: string, table: Uint8Array): boolean {
  for (let at = 0; at < text.length; at += 1) if (table[text.charCodeAt(at)] === 1) return true
  return false
}

/** Variants first (Taiwan 裡, Hong Kong 綫 → OpenCC's standard form), then traditional → simplified. */
function conversionGroups(): DictGroup[] {
  return [from['hk'], from['tw'], to['cn']].flatMap((groups) => groups ?? [])
}

type Entry = readonly [key: string, value: string]

/** A dictionary's entries (opencc-js DictLike: "a b|c d" or pairs). */
function entriesOf(dict: DictLike): readonly Entry[] {
  if (typeof dict !== 'string') return dict
  if (dict === '') return []
  return dict.split('|').map((entry) => {
    const space = entry.indexOf(' ')
    return [entry.slice(0, space), entry.slice(space + 1)] as const
  })
}

/** Whether every character of `key` occurs in the text whose code units `present` marks (codeUnitTable). */
function allPresent(key: string, present: Uint8Array, from = 0, to = key.length): boolean {
  for (let at = from; at < to; at += 1) if (present[key.charCodeAt(at)] !== 1) return false
  return true
}

/**
 * One group applied to `text` through a trie of only the entries that can match in it, those whose every character
 * occurs in the text. opencc's trie finds the longest key at each position by walking the text's own characters, so
 * an entry with any other character is never reached and leaving it out changes nothing. The dictionaries are
 * scanned in place, an entry sliced out only where it can match: splitting all 5,500 entries of every group into
 * strings cost a check of a report with one stray 員 ten milliseconds. The group's last dictionary is added first,
 * as Trie.loadDictGroup does, so that where two dictionaries share a key the same one wins.
 */
function convertWithMatchingEntries(group: DictGroup, text: string): string {
  const present = codeUnitTable([text])
  const trie = new Trie()
  for (const dict of [...group].reverse()) {
    if (typeof dict !== 'string') {
      for (const [key, value] of dict) if (allPresent(key, present)) trie.addWord(key, value)
      continue
    }
    for (let start = 0; start < dict.length;) {
      const bar = dict.indexOf('|', start)
      const end = bar === -1 ? dict.length : bar
      const space = dict.indexOf(' ', start)
      if (space > start && space < end && allPresent(dict, present, start, space))
        trie.addWord(dict.slice(start, space), dict.slice(space + 1, end))
      start = end + 1
    }
  }
  return trie.convert(text)
}

/** The conversion, group after group, each through a trie of the entries that can match (see above). */
export function convertThroughMatchingEntries(text: string): string {
  return conversionGroups().reduce((converted, group) => convertWithMatchingEntries(group, converted), text)
}

/**
 * A report with a stray traditional character or two (a 員 typed by an input method) converts a few sentences;
 * building opencc's trie of all 5,500 entries costs tens of milliseconds of a CLI check, a trie of the few entries
 * that can match costs next to nothing. A text in traditional characters converts sentence after sentence, and
 * then the whole trie, built once, is cheaper.
 */
const FEW_CONVERSIONS = 8
let conversions = 0
let converter: ((text: string) => string) | null = null

/** The conversion by opencc's own converter of the whole dictionaries, built once. */
export function convertWithWholeDictionaries(text: string): string {
  converter ??= ConverterFactory(...conversionGroups())
  return converter(text)
}

/** The conversion, its dictionaries loaded on first use: only a text with a traditional character needs it. */
function convert(text: string): string {
  conversions += 1
  return converter === null && conversions <= FEW_CONVERSIONS
    ? convertThroughMatchingEntries(text)
    : convertWithWholeDictionaries(text)
}

/**
 * The characters the conversion changes, derived from the dictionaries: a character counts when converting it on
 * its own changes it. Variant keys such as 才 or 台 (Taiwan's form of 纔, 臺) come back unchanged and do not count,
 * so ordinary simplified text never pays for the conversion. A text with such a character is traditional and is
 * converted whole, phrases included (批覆 → 批复); one without is simplified and left as written, on purpose:
 * OpenCC reads the simplified 打坏 as traditional 打坯. Converting some 4,000 characters one by one takes tens of
 * milliseconds, so the check reads the list from traditional-characters.ts, which a test holds to this derivation.
 */
export function changingCharacters(): string[] {
  const keyChars = new Set<string>()
  for (const group of conversionGroups())
    for (const dict of group) for (const [key] of entriesOf(dict)) for (const char of key) keyChars.add(char)
  return [...keyChars].filter((char) => convert(char) !== char).sort()
}

let changing: Uint8Array | null = null

/**
 * A table lookup per character, not a regular expression: a character class of some 4,000 characters costs 3 ms
 * on a 30,000-character report, the table a few hundredths of that.
 */
function changingTable(): Uint8Array {
  changing ??= codeUnitTable(Array.from(TRADITIONAL_CHARACTERS))
  return changing
}

/** `text` in simplified characters; the same string when it has no traditional character to convert. */
export function toSimplified(text: string): string {
  return hasAny(text, changingTable()) ? convert(text) : text
}

/** The conversion without the quick test first: for the test that the quick test misses nothing. */
export function convertToSimplified(text: string): string {
  return convert(text)
}

/** Every key of the dictionaries the conversion uses (characters and phrases). */
export function simplifierKeys(): string[] {
  return conversionGroups().flatMap((group) => group.flatMap((dict) => entriesOf(dict).map(([key]) => key)))
}
