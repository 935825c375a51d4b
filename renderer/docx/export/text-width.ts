// Width of text in 字 (full-width characters): what GB/T 9704 measures indents and gaps in.
// CJK characters and full-width punctuation are one 字; digits, Latin letters and spaces are half (半角).

const HALF_WIDTH = /[\u0020-\u007e\u00a0-\u024f]/u

export function textWidth(text: string): number {
  let width = 0
  for (const char of text) width += HALF_WIDTH.test(char) ? 0.5 : 1
  return width
}
