// Text no one typed that converted documents carry: Word's hidden bookmark (_GoBack) and field codes made visible.
// The check points at it and deletes it in one click (check/rules/editing-debris.ts); the printed report and the
// .docx leave it out whether or not the clerk did.

export interface MachineDebris {
  readonly pattern: RegExp
  readonly what: string
}

export const machineDebris: readonly MachineDebris[] = [
  { pattern: /\[bookmark:[^\]]*\]/i, what: 'Word 隐藏书签的痕迹' },
  { pattern: /_GoBack/, what: 'Word 隐藏书签的痕迹' },
  { pattern: /\{\s*(?:PAGE|NUMPAGES|TOC|REF|HYPERLINK|MERGEFIELD)\b[^}]*\}/, what: 'Word 域代码' },
  { pattern: /HYPERLINK\s+"[^"]*"|\\\*\s*MERGEFORMAT/, what: 'Word 域代码' },
]

const everywhere = machineDebris.map(({ pattern }) => new RegExp(pattern.source, `${pattern.flags}g`))
/** A quick test first: almost no text holds any, and the export runs this on every run of a long report. */
const CLUE = /bookmark|_GoBack|[{}]|HYPERLINK|MERGEFORMAT/i

/** The text without machine-made debris. */
export function withoutMachineDebris(text: string): string {
  if (!CLUE.test(text)) return text
  return everywhere.reduce((out, pattern) => out.replace(pattern, ''), text)
}
