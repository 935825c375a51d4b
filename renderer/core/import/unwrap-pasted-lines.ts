// Plain text pasted from a PDF reader breaks every line where the page did (……坚持依法 / 行政，……): the lines of a
// paragraph run to the full width and end mid-sentence. Such lines are joined into their paragraph; a short line
// (a heading, the last line of a paragraph), a line that closes a sentence, and a line followed by a numbered one
// end it. Text from Word or a web page comes with its own paragraphs (HTML) and never gets here.
import { parseHeadingMarker } from './heading-level'

/** A line within this share of the longest is as wide as the page: the PDF broke it, not the writer. */
const FULL_LINE = 0.8
/** Below this, lines are a list or a form, not a wrapped paragraph. */
const MIN_WIDTH = 15

const CLOSES = /[。！？；：…”’）」』]$/u
const CONTINUES = /[，、]$/u

export function unwrapPastedLines(text: string): string[] {
  // trim() takes the ideographic space U+3000 too
  const lines = text.split(/\r\n|\r|\n/u).map((line) => line.trim())
  // a loop, not Math.max(...lines): a spread of a long paste's lines overflows the stack
  const widest = lines.reduce((most, line) => Math.max(most, line.length), 0)
  const wrapped = (line: string, next: string | undefined): boolean =>
    next !== undefined &&
    next !== '' &&
    parseHeadingMarker(next) === null &&
    !CLOSES.test(line) &&
    (CONTINUES.test(line) || (widest >= MIN_WIDTH && line.length >= widest * FULL_LINE))
  const paragraphs: string[] = []
  let current = ''
  lines.forEach((line, index) => {
    current += line
    if (line !== '' && wrapped(line, lines[index + 1])) return
    if (current !== '') paragraphs.push(current)
    current = ''
  })
  return paragraphs
}
