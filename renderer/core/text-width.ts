// Width of text in 字 (full-width characters): what GB/T 9704 measures indents and gaps in, and how wide a line
// of pasted text ran on its page (import/unwrap-pasted-lines.ts).
// CJK characters and full-width punctuation are one 字; digits, Latin letters and spaces are half (半角).

/** U+0020–U+007E (ASCII) and U+00A0–U+024F (Latin-1 and Latin Extended): 半角. */
function isHalfWidth(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0x24f)
}

// By code unit, not by a regular expression per character: the export measures every paragraph of the report to
// place the 版记. A character outside the BMP is two code units of one 字.
export function textWidth(text: string): number {
  let width = 0
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code >= 0xdc00 && code <= 0xdfff) continue
    width += isHalfWidth(code) ? 0.5 : 1
  }
  return width
}
