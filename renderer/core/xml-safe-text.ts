// Characters XML 1.0 forbids (§2.2 Char: tab, newline and CR, then U+0020–U+D7FF, U+E000–U+FFFD and the
// supplementary planes): C0 controls such as the form feed PDF readers and old systems leave in text, U+FFFE and
// U+FFFF, and surrogates without their pair. One in a .docx makes Word refuse the whole file ("unreadable
// content"), so they are taken out wherever text enters a report (text and .docx import, paste) and again when
// the .docx is written. A control character has no meaning in a report: a form feed or vertical tab becomes
// the line break it stood for, anything else goes.
import { mapBlockText } from './map-report-text'
import type { Block } from './report'

// Without the u flag, so that a lone surrogate is one unit the pattern can see.
/* eslint-disable no-control-regex -- these controls are what this module exists to remove */
const FORBIDDEN =
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const LINE_BREAKS = /\r\n?|[\v\f]/g
/* eslint-enable no-control-regex */

/** Whether XML can hold the text as it is (line breaks aside). */
export function isXmlSafe(text: string): boolean {
  FORBIDDEN.lastIndex = 0
  return !FORBIDDEN.test(text)
}

/** The text with the characters XML forbids removed and CR, CR LF, form feed and vertical tab as \n. */
export function xmlSafeText(text: string): string {
  // a quick test first: almost every text is clean, and import runs this on each line of a long report
  FORBIDDEN.lastIndex = 0
  LINE_BREAKS.lastIndex = 0
  if (!FORBIDDEN.test(text) && !LINE_BREAKS.test(text)) return text
  return text.replace(LINE_BREAKS, '\n').replace(FORBIDDEN, '')
}

/** XML text (markup and all) with the characters XML forbids removed; for a whole part, where line breaks stay. */
export function stripXmlForbidden(xml: string): string {
  FORBIDDEN.lastIndex = 0
  return FORBIDDEN.test(xml) ? xml.replace(FORBIDDEN, '') : xml
}

/** A block with the characters XML forbids taken out of its text. */
export function xmlSafeBlock(block: Block): Block {
  return mapBlockText(block, xmlSafeText)
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
}

// The markup characters, then what XML 1.0 forbids (FORBIDDEN, whose flags it keeps: no u, to see lone surrogates).
const SPECIAL = new RegExp(`[&"'<>]|${FORBIDDEN.source}`, FORBIDDEN.flags)

/** A string escaped for XML text or an attribute value, characters XML forbids dropped. */
export function escapeXml(value: string): string {
  return value.replace(SPECIAL, (char) => ESCAPES[char] ?? '')
}
