// Plain text pasted from a PDF reader breaks every line where the page did (……坚持依法 / 行政，……): the lines of a
// paragraph run to the full width and end mid-sentence. Such lines are joined into their paragraph; a short line
// (a heading, the last line of a paragraph), a line that closes a sentence, a line followed by a numbered or an
// indented one end it. The page furniture a PDF carries in its text goes: page numbers (— 3 —, 第3页) and the
// running header or footer printed next to them on every page, so a paragraph carried over a page joins up.
// Text from Word or a web page comes with its own paragraphs (HTML) and never gets here.
import { textWidth } from '../text-width'
import { parseHeadingMarker } from './heading-level'

/** A line within this share of the widest is as wide as the page: the PDF broke it, not the writer. */
const FULL_LINE = 0.8
/** Below this width in 字, lines are a list or a form, not a wrapped paragraph. */
const MIN_WIDTH = 15

const CLOSES = /[。！？；：…”’）」』]$/u
const CONTINUES = /[，、]$/u
/** — 3 —, - 3 -, －3－, 3, 第3页, 第 3 页 共 12 页, 3/12 */
const PAGE_NUMBER =
  /^(?:[—–\-－一\s]*\d{1,3}[—–\-－一\s]*|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/u
/** A first line set in by two characters or more: its paragraph starts there. */
const INDENT = /^(?:\u3000|\s{2,})/u

interface Line {
  readonly text: string
  readonly indented: boolean
}

/**
 * Lines of page furniture: page numbers, and a short line repeated beside two page numbers or more where it stands
 * beside one (the same words as the title at the top of the first page are the title).
 */
function furniture(lines: readonly string[]): Set<number> {
  const out = new Set<number>()
  lines.forEach((line, index) => {
    if (line !== '' && PAGE_NUMBER.test(line)) out.add(index)
  })
  if (out.size === 0) return out
  const numbers = [...out]
  const neighbours = new Map<string, number[]>()
  const near = (from: number, step: 1 | -1): void => {
    for (let at = from + step; at >= 0 && at < lines.length; at += step) {
      const text = lines[at]!
      if (text === '' || out.has(at)) continue
      neighbours.set(text, [...(neighbours.get(text) ?? []), at])
      return
    }
  }
  for (const at of numbers) {
    near(at, -1)
    near(at, 1)
  }
  for (const [text, places] of neighbours)
    if (places.length >= 2 && !CLOSES.test(text) && textWidth(text) <= 40)
      for (const at of places) out.add(at)
  // the blank lines around them are the page break, not a paragraph's end
  for (const at of [...out])
    for (const step of [-1, 1]) for (let blank = at + step; lines[blank] === ''; blank += step) out.add(blank)
  return out
}

export function unwrapPastedLines(text: string): string[] {
  const raw = text.split(/\r\n|\r|\n/u)
  // trim() takes the ideographic space U+3000 too
  const trimmed = raw.map((line) => line.trim())
  const skip = furniture(trimmed)
  // only where some lines are set in and others not does a set-in line open a paragraph
  const someFlush = raw.some((line, index) => trimmed[index] !== '' && !INDENT.test(line))
  const lines: Line[] = []
  raw.forEach((line, index) => {
    if (!skip.has(index)) lines.push({ text: trimmed[index]!, indented: someFlush && INDENT.test(line) })
  })
  // a loop, not Math.max(...lines): a spread of a long paste's lines overflows the stack
  const widest = lines.reduce((most, line) => Math.max(most, textWidth(line.text)), 0)
  const wrapped = (line: string, next: Line | undefined): boolean =>
    next !== undefined &&
    next.text !== '' &&
    !next.indented &&
    parseHeadingMarker(next.text) === null &&
    !CLOSES.test(line) &&
    (CONTINUES.test(line) || (widest >= MIN_WIDTH && textWidth(line) >= widest * FULL_LINE))
  const paragraphs: string[] = []
  let current = ''
  lines.forEach(({ text: line }, index) => {
    current += line
    if (line !== '' && wrapped(line, lines[index + 1])) return
    if (current !== '') paragraphs.push(current)
    current = ''
  })
  return paragraphs
}
