// The one set of size limits: what a file may be to open, what a report may hold to be saved, and so what
// import, paste and rollover may put into a report. The .fznb schema (report-file.ts) is built from these
// numbers, and every path that makes a report checks against the same schema (checkReportFile), so a report
// the editor holds can always be saved, and a saved report can always be opened again.
// A real year's report is 20–80 thousand characters in a dozen tables; every limit here is far beyond that.

export const limits = {
  /** A .docx or .txt to import. */
  maxInputBytes: 30 * 1024 * 1024,
  /**
   * A .fznb opened, and every .fznb written: a file we save must open again. Above the input limit, since the
   * saved file carries the structure around the text and last year's text beside it.
   */
  maxFileBytes: 80 * 1024 * 1024,
  /** One paragraph, heading, table cell or list item; also one part of last year's text kept by rollover. */
  maxTextChars: 200_000,
  /** One metadata field (文号, 标题, 主送 …) and one plan's lead phrase. */
  maxMetaChars: 2_000,
  /** One 署名 entry. */
  maxIssuerChars: 200,
  maxIssuers: 20,
  maxRunsPerParagraph: 10_000,
  maxRunsPerCell: 1_000,
  maxTableRows: 5_000,
  maxTableColumns: 100,
  maxListItems: 5_000,
  maxPreambleBlocks: 50_000,
  maxPartBlocks: 50_000,
  maxParts: 50_000,
  maxPlans: 200,
  /**
   * All of last year's text that rollover keeps (meta.lastYear): for the side-by-side view a real report needs
   * under 100 thousand. Bounded so a draft rolled from a large report still saves (a copy of the body would
   * double it).
   */
  maxLastYearChars: 1_000_000,
} as const

/** UTF-8 length of a string, without TextEncoder (core is ES-only): what the saved file will weigh on disk. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        index += 1
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** 30 MB, 200,000: how the limits read in messages. */
export function describeBytes(bytes: number): string {
  return `${String(Math.round(bytes / 1024 / 1024))} MB`
}

export function describeCount(count: number): string {
  return count.toLocaleString('en-US')
}
