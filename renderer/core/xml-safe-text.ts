// Characters XML 1.0 forbids (§2.2 Char: tab, newline and CR, then U+0020–U+D7FF, U+E000–U+FFFD and the
// supplementary planes): C0 controls such as the form feed PDF readers and old systems leave in text, U+FFFE and
// U+FFFF, and surrogates without their pair. One in a .docx makes Word refuse the whole file ("unreadable
// content"), so they are taken out wherever text enters a report (text and .docx import, paste) and again when
// the .docx is written. A control character has no meaning in a report: a form feed or vertical tab becomes
// the line break it stood for, anything else goes.
import type { Block, Report, ReportMeta, Run } from './report'

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

/** Items mapped, or the same array when none changed: a clean report (nearly all) is not copied. */
function mapSame<T>(items: readonly T[], map: (item: T) => T): readonly T[] {
  let changed: T[] | null = null
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index] as T
    const mapped = map(item)
    if (mapped !== item && changed === null) changed = items.slice(0, index)
    if (changed !== null) changed.push(mapped)
  }
  return changed ?? items
}

const safeRun = (run: Run): Run => {
  const text = xmlSafeText(run.text)
  return text === run.text ? run : { ...run, text }
}
const safeRuns = (runs: readonly Run[]): readonly Run[] => mapSame(runs, safeRun)

/** A block with the characters XML forbids taken out of its text. */
export function xmlSafeBlock(block: Block): Block {
  switch (block.kind) {
    case 'heading': {
      const text = xmlSafeText(block.text)
      return text === block.text ? block : { ...block, text }
    }
    case 'paragraph': {
      const runs = safeRuns(block.runs)
      return runs === block.runs ? block : { ...block, runs }
    }
    case 'table': {
      const rows = mapSame(block.rows, (row) => mapSame(row, xmlSafeText))
      const cellRuns = block.cellRuns && mapSame(block.cellRuns, (row) => mapSame(row, safeRuns))
      return rows === block.rows && cellRuns === block.cellRuns
        ? block
        : { ...block, rows, ...(cellRuns === undefined ? {} : { cellRuns }) }
    }
    case 'list': {
      const items = mapSame(block.items, xmlSafeText)
      const itemRuns = block.itemRuns && mapSame(block.itemRuns, safeRuns)
      return items === block.items && itemRuns === block.itemRuns
        ? block
        : { ...block, items, ...(itemRuns === undefined ? {} : { itemRuns }) }
    }
  }
}

const safeNullable = (text: string | null): string | null => (text === null ? null : xmlSafeText(text))

function xmlSafeMeta(meta: ReportMeta): ReportMeta {
  const fields = {
    issuerMark: safeNullable(meta.issuerMark),
    docNumber: safeNullable(meta.docNumber),
    signer: safeNullable(meta.signer),
    recipients: safeNullable(meta.recipients),
    title: safeNullable(meta.title),
    issuers: mapSame(meta.issuers, xmlSafeText),
    dateText: safeNullable(meta.dateText),
    note: safeNullable(meta.note),
    copyTo: safeNullable(meta.copyTo),
    printedBy: safeNullable(meta.printedBy),
    printedDateText: safeNullable(meta.printedDateText),
  }
  const same = (Object.keys(fields) as (keyof typeof fields)[]).every((key) => fields[key] === meta[key])
  return same ? meta : { ...meta, ...fields }
}

/** The report with the characters XML forbids taken out of every text the .docx writes; the same object when clean. */
export function xmlSafeReport(report: Report): Report {
  const meta = xmlSafeMeta(report.meta)
  const preamble = mapSame(report.preamble, xmlSafeBlock)
  const parts = mapSame(report.parts, (part) => {
    const heading = safeNullable(part.heading)
    const blocks = mapSame(part.blocks, xmlSafeBlock)
    return heading === part.heading && blocks === part.blocks ? part : { ...part, heading, blocks }
  })
  return meta === report.meta && preamble === report.preamble && parts === report.parts
    ? report
    : { meta, preamble, parts }
}
