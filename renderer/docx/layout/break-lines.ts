// Line breaking as LibreOffice applies it to the exported 正文 (zh-CN, Asian typography on): lines are filled
// character by character on the 156 mm 版心; a run of digits or Latin letters (2023, 95.23%) never splits;
// 避头尾 (the zh-CN forbidden characters of LibreOffice's locale data) keeps closing punctuation off the start of a
// line, by pulling the character before it down, and opening punctuation off its end; nothing hangs in the margin
// (the export switches LibreOffice's hanging punctuation off, prepared-styles.ts), and a closing mark stays with
// the digits or letters after it; Western text gets a small gap on each side where it meets Chinese (autospace).
// Held to LibreOffice's own breaks by tests/docx/layout (the fixtures, and marks before digits at every position).
import { advance, scripts, type Script } from './glyph-metrics'

/** No line may start with these (zh_CN ForbiddenLineBeginCharacters). */
const NOT_AT_START = new Set([
  ...'!),.:;?]}¢\'"、。〉》」』】〕〗〞︰﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝～¨·ˇˉ―‖’”…′％%',
])
/** Closing marks LibreOffice never breaks after when a Western letter or digit follows (Unicode line break CL). */
const CLOSING = new Set([...'、。，）〉》」』】〕〗｝'])
/** No line may end with these (zh_CN ForbiddenLineEndCharacters). */
const NOT_AT_END = new Set([...'([{£¥\'"‵〈《「『【〔〖（［｛￡￥〝“‘'])

/**
 * Gap LibreOffice's autospace counts between Chinese (ideographs and full-width marks: 报；ABC breaks before ABC)
 * and Western letters or digits when it fills a line, in em. Its PDFs draw about 3.3 pt at 3号, yet with 0.27–0.29
 * em all but three of the fixtures' paragraphs break as LibreOffice breaks them, with 0.2 em eight break
 * differently; fitted, not derived.
 */
export const AUTOSPACE_EM = 0.28

export interface LineBox {
  /** Start and end of the line in the paragraph's characters (code points), end exclusive. */
  readonly start: number
  readonly end: number
}

export interface BreakOptions {
  /** Font size in points. */
  readonly size: number
  /** Tracking added to every character, in points (`bodyTracking`). */
  readonly tracking: number
  /** Width of the first line and of the others, in points. */
  readonly firstWidth: number
  readonly width: number
}

interface Unit {
  readonly start: number
  readonly end: number
  readonly width: number
  readonly space: boolean
  readonly first: string
  readonly last: string
  /** Script of the first and last character, for the autospace between units. */
  readonly head: Script
  readonly tail: Script
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

function units(chars: readonly string[], size: number, tracking: number): Unit[] {
  const script = scripts(chars)
  const out: Unit[] = []
  for (let i = 0; i < chars.length;) {
    const char = chars[i] ?? ''
    let end = i + 1
    // A Western word (digits, letters, 95.23%, “4.15”) is one unit; a space is a unit of its own, a break opportunity.
    if (script[i] === 'western' && char !== ' ')
      while (end < chars.length && script[end] === 'western' && chars[end] !== ' ') end++
    let width = 0
    for (let k = i; k < end; k++) width += advance(chars[k] ?? '', size, script[k]) + tracking
    const last = chars[end - 1] ?? ''
    out.push({
      start: i,
      end,
      width,
      space: char === ' ',
      first: char,
      last,
      head: script[i] ?? 'asian',
      tail: script[end - 1] ?? 'asian',
    })
    i = end
  }
  return out
}

const isLatinWord = (char: string, script: Script): boolean =>
  script === 'western' && LETTER_OR_DIGIT.test(char)

/** Autospace: between Chinese (an ideograph or a full-width mark) and a Western letter or digit. */
function gap(before: Unit | undefined, after: Unit, size: number): number {
  if (before === undefined) return 0
  const chineseThenLatin = before.tail === 'asian' && isLatinWord(after.first, after.head)
  const latinThenChinese = isLatinWord(before.last, before.tail) && after.head === 'asian'
  return chineseThenLatin || latinThenChinese ? AUTOSPACE_EM * size : 0
}

function breakAllowed(before: Unit | undefined, after: Unit): boolean {
  if (before === undefined) return false
  // LibreOffice keeps 职，2023年 and 报、ABC together: it breaks before the ideograph, not after the mark
  if (before.tail === 'asian' && CLOSING.has(before.last) && isLatinWord(after.first, after.head))
    return false
  return !NOT_AT_START.has(after.first) && !NOT_AT_END.has(before.last)
}

/** Line boxes of a paragraph's text (an empty paragraph has one empty line). */
export function breakLines(text: string, options: BreakOptions): LineBox[] {
  const chars = [...text]
  const list = units(chars, options.size, options.tracking)
  const lines: LineBox[] = []
  let i = 0
  while (i < list.length) {
    const available = lines.length === 0 ? options.firstWidth : options.width
    let used = 0
    let j = i
    while (j < list.length) {
      const unit = list[j]!
      const add = gap(list[j - 1], unit, options.size) * (j > i ? 1 : 0) + unit.width
      if (used + add <= available + 0.01 || j === i) {
        used += add
        j++
        continue
      }
      break
    }
    if (j >= list.length) {
      lines.push({ start: list[i]!.start, end: chars.length })
      break
    }
    let at = j
    while (at > i + 1 && !breakAllowed(list[at - 1], list[at]!)) at--
    if (!breakAllowed(list[at - 1], list[at]!)) at = j
    lines.push({ start: list[i]!.start, end: list[at - 1]!.end })
    i = at
    // a space the line broke at is not carried to the start of the next line
    while (i < list.length && list[i]!.space) i++
  }
  if (lines.length === 0) lines.push({ start: 0, end: 0 })
  return lines
}
