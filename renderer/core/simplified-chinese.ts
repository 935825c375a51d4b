// Reports written (or pasted) in traditional characters (某某鎮…行政複議) are matched as simplified: the template's
// terms are simplified, and 行政複議 must count as 行政复议. The conversion is OpenCC's (opencc-js), the dictionaries
// Chinese-language projects maintain, with the Taiwan and Hong Kong variant forms read as well. Only matching uses
// it; what a finding quotes stays as written.
import { ConverterFactory, type DictGroup } from 'opencc-js/core'
import { from, to } from 'opencc-js/preset/t2cn'

interface Simplifier {
  readonly convert: (text: string) => string
  /**
   * The UTF-16 code units of the characters the conversion changes; a text without one is left alone (most
   * reports are simplified). A table lookup per character, not a regular expression: a character class of some
   * 4,000 characters costs 3 ms on a 30,000-character report, the table a few hundredths of that.
   */
  readonly changing: Uint8Array
}

/** Every string a dictionary (opencc-js DictLike: "a b|c d" or pairs) has as a key. */
function dictKeys(dict: string | readonly (readonly [string, string])[]): string[] {
  if (typeof dict !== 'string') return dict.map(([key]) => key)
  return dict === '' ? [] : dict.split('|').map((entry) => entry.slice(0, entry.indexOf(' ')))
}

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

function createSimplifier(): Simplifier {
  const groups = conversionGroups()
  const convert = ConverterFactory(...groups)
  // Derived from the dictionaries, not written by hand: a character counts when converting it on its own changes
  // it. Variant keys such as 才 or 台 (Taiwan's form of 纔, 臺) come back unchanged and do not count, so ordinary
  // simplified text never pays for the conversion. A text with such a character is traditional and is converted
  // whole, phrases included (批覆 → 批复); one without is simplified and left as written, on purpose: OpenCC
  // reads the simplified 打坏 as traditional 打坯.
  const keyChars = new Set<string>()
  for (const group of groups)
    for (const dict of group) for (const key of dictKeys(dict)) for (const char of key) keyChars.add(char)
  const changing = [...keyChars].filter((char) => convert(char) !== char)
  return { convert, changing: codeUnitTable(changing) }
}

let simplifier: Simplifier | null = null

/** The dictionaries load on first use: a check of simplified text still has to ask. */
function current(): Simplifier {
  simplifier ??= createSimplifier()
  return simplifier
}

/** `text` in simplified characters; the same string when it has no traditional character to convert. */
export function toSimplified(text: string): string {
  const { changing, convert } = current()
  return hasAny(text, changing) ? convert(text) : text
}

/** The conversion without the quick test first: for the test that the quick test misses nothing. */
export function convertToSimplified(text: string): string {
  return current().convert(text)
}

/** Every key of the dictionaries the conversion uses (characters and phrases). */
export function simplifierKeys(): string[] {
  return conversionGroups().flatMap((group) => group.flatMap((dict) => dictKeys(dict)))
}
